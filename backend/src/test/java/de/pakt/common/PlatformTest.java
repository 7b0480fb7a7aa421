package de.pakt.common;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/**
 * Cross-cutting behaviour: deny by default, CORS for the SPA only. Health and metrics on the management port:
 * Api8SecurityMisconfigurationTest.
 */
@QuarkusTest
class PlatformTest {

    @Test
    void endpointsWithoutDeclaredRolesAreDenied() {
        RestAssured.given().get("/api/v1/test-only/failure/unannotated").then().statusCode(401);
        RestAssured.given()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .get("/api/v1/test-only/failure/unannotated")
                .then()
                .statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString("reachable")));
    }

    @Test
    void corsAllowsTheSpaOriginOnly() {
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/programs")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        RestAssured.given()
                .header("Origin", "http://localhost:5173")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .get("/api/v1/programs")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
