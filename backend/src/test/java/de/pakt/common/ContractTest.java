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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service publishes exactly the contract at the repository root. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedOpenApiEqualsTheContract() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Api.CONTRACT));
        String served = RestAssured.given()
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Compared as trees: the service may re-serialise the YAML, but not change a single value.
        assertEquals(contract, YAML.readTree(served), "/q/openapi differs from openapi.yaml");
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
