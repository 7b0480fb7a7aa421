package de.pakt.common;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service publishes exactly the contract at the repository root. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedOpenApiIsTheContractFileItself() throws IOException {
        String served = RestAssured.given()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .extract()
                .asString();
        // Byte for byte, comments and order included: what integrators download is the file in the repository.
        assertEquals(Files.readString(Api.CONTRACT), served, "/q/openapi differs from openapi.yaml");
    }

    /** JSON for the callers that ask for it in any of the ways SmallRye OpenAPI understood: the same document. */
    @ParameterizedTest
    @CsvSource({
        "/q/openapi?format=json,*/*",
        "/q/openapi?format=JSON,*/*",
        "/q/openapi.json,*/*",
        "/q/openapi,application/json"
    })
    void theSameContractAsJson(String path, String accept) throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Api.CONTRACT));
        String served = RestAssured.given()
                .accept(accept)
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        assertEquals(contract, new ObjectMapper().readTree(served), path + " is not openapi.yaml as JSON");
    }

    @Test
    void yamlUnlessJsonIsAskedForAndCachesKeepTheTwoApart() {
        RestAssured.given()
                .accept("application/json")
                .get("/q/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml");
        RestAssured.given()
                .accept("application/yaml")
                .get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .header("Vary", org.hamcrest.Matchers.containsString("Accept"));
        RestAssured.given().head("/q/openapi").then().statusCode(200).contentType("application/yaml");
        RestAssured.given().urlEncodingEnabled(false).then().statusCode(400);
    }

    /** Outside production (make run, tests) Swagger UI shows this very contract; production serves none (docs/security.md). */
    @Test
    void swaggerUiIsServedAndShowsTheContract() {
        RestAssured.given()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"))
                .body(
                        org.hamcrest.Matchers.containsString("OpenAPI UI"),
                        org.hamcrest.Matchers.containsString("/q/openapi"));
    }
}
