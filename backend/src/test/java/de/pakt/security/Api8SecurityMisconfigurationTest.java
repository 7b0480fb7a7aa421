package de.pakt.security;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * OWASP API8:2023 Security Misconfiguration: protective headers on every API answer, nothing cached for signed-in
 * callers, no internals in errors, health and metrics only on the management port
 * (CORS for the SPA's origin only: PlatformTest).
 */
@QuarkusTest
class Api8SecurityMisconfigurationTest {

    static int managementPort() {
        return de.pakt.testsupport.Metrics.managementPort();
    }

    @Test
    void everyApiAnswerCarriesProtectiveHeaders() {
        for (String path : new String[] {"/api/v1/programs", "/api/v1/does-not-exist", "/api/v1/public/sites"}) {
            RestAssured.given()
                    .get(path)
                    .then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void answersToSignedInCallersAreNeverStored() {
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        // The public calendar feed may be cached by anybody: it is the same for everybody.
        RestAssured.given()
                .get("/api/v1/calendar/events.ics")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"));
    }

    @Test
    void errorsNeverShowInternals() {
        RestAssured.given()
                .get("/api/v1/test-only/failure")
                .then()
                .statusCode(500)
                .body(
                        not(containsString("secret_table")),
                        not(containsString("IllegalStateException")),
                        not(containsString("at de.pakt")));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        RestAssured.given().get("/q/metrics").then().statusCode(404);
        RestAssured.given().get("/q/health").then().statusCode(404);
        RestAssured.given()
                .port(managementPort())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        RestAssured.given()
                .port(managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        // The contract stays where integrators look for it.
        RestAssured.given().get("/q/openapi").then().statusCode(200).body(containsString("operationId: listPrograms"));
    }

    /** Probing many paths (with odd header characters, too) must not fill the metrics' tag limit with one tag per path. */
    @Test
    void oddRequestsDoNotBecomeMetricTags() throws java.io.IOException {
        RestAssured.given().get("/api/v1/programs").then().statusCode(200);
        for (int i = 0; i < 30; i++) {
            RestAssured.given().get("/api/v1/programs/" + i + "x").then().statusCode(400);
            RestAssured.given().get("/api/v1/probe-" + i).then().statusCode(404);
            try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
                socket.getOutputStream()
                        .write(("GET /api/v1/odd-header-" + i + " HTTP/1.1\r\nHost: localhost\r\nX-Odd: a\u0001b\r\n"
                                        + "Connection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                socket.getInputStream().readAllBytes();
            }
        }
        String metrics =
                RestAssured.given().port(managementPort()).get("/q/metrics").asString();
        for (String probed : new String[] {"/api/v1/programs/17x", "/api/v1/probe-17", "/api/v1/odd-header-17"}) {
            org.junit.jupiter.api.Assertions.assertFalse(
                    metrics.contains("uri=\"" + probed), probed + " became a metric tag");
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                metrics.contains("uri=\"/api/v1/programs\""), "real routes keep their tags");
    }

    @Test
    void traceIsNotServed() {
        RestAssured.given().request("TRACE", "/api/v1/programs").then().statusCode(405);
    }

    @Test
    void linksInAnswersUseTheConfiguredAddressNotTheHostHeader() {
        Api.asRole(Roles.MUNICIPALITY)
                .header("Host", "evil.example")
                .post("/api/v1/me/calendar-link")
                .then()
                .statusCode(200)
                .body("url", org.hamcrest.Matchers.startsWith("https://pakt.test.example/api/v1/calendar/feeds/"));
    }
}
