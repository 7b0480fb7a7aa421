package de.pakt.security;

import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OWASP API4:2023 Unrestricted Resource Consumption: pages, page sizes, bodies and request lines are bounded, and
 * each caller is rate-limited (here with small limits: 20 requests a minute anonymously, 40 per signed-in caller).
 */
@QuarkusTest
@TestProfile(Api4UnrestrictedResourceConsumptionTest.SmallLimits.class)
class Api4UnrestrictedResourceConsumptionTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pakt.rate-limit.enabled",
                    "true",
                    "pakt.rate-limit.anonymous-per-minute",
                    "20",
                    "pakt.rate-limit.authenticated-per-minute",
                    "40");
        }
    }

    @Test
    void anonymousCallersAreLimitedPerAddressWithRetryAfter() {
        int accepted = 0;
        Response refused = null;
        for (int i = 0; i < 30 && refused == null; i++) {
            Response r = Api.anonymous().get("/api/v1/public/sites");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode());
                accepted++;
            }
        }
        assertTrue(refused != null, "the 21st anonymous request within a minute is refused");
        // Greedy refill: a slow machine may earn a token or two back during the loop.
        assertTrue(accepted >= 20 && accepted <= 23, "about the limit passes: " + accepted);
        refused.then()
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .body("type", equalTo("https://pakt.example.org/problems/too-many-requests"));
        // A signed-in caller has a bucket of its own: the anonymous limit does not touch it.
        Api.as(Tokens.forSubject(Roles.STEERING_GROUP, "limit-other-caller"))
                .get("/api/v1/public/sites")
                .then()
                .statusCode(200);
    }

    @Test
    void signedInCallersAreLimitedPerCaller() {
        String token = Tokens.forSubject(Roles.FACILITATOR, "limit-busy-facilitator");
        int status = 200;
        int sent = 0;
        while (status != 429 && sent < 60) {
            status = Api.as(token).get("/api/v1/topics").statusCode();
            sent++;
        }
        assertEquals(429, status);
        assertTrue(
                sent >= 41 && sent <= 45,
                "40 requests pass, then one is refused (a token may refill meanwhile): " + sent);
        Api.as(Tokens.forSubject(Roles.FACILITATOR, "limit-calm-facilitator"))
                .get("/api/v1/topics")
                .then()
                .statusCode(200);
    }

    @Test
    void pagesAndPageSizesAreBounded() {
        String token = Tokens.forSubject(Roles.PROGRAM_OFFICE, "limit-pages");
        Api.invalidRequest()
                .auth()
                .oauth2(token)
                .get("/api/v1/programs?size=201")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        Api.invalidRequest()
                .auth()
                .oauth2(token)
                .get("/api/v1/programs?page=10737419&size=200")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        Api.invalidRequest()
                .auth()
                .oauth2(token)
                .get("/api/v1/audit-events?page=2147483647")
                .then()
                .statusCode(400);
        Api.as(token).get("/api/v1/programs?page=100000&size=200").then().statusCode(200);
    }

    @Test
    void bodiesAndRequestLinesAreBounded() {
        String token = Tokens.forSubject(Roles.PROGRAM_OFFICE, "limit-bodies");
        String huge = "{\"title\":\"" + "x".repeat(1_200_000) + "\"}";
        assertEquals(
                413,
                RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(huge)
                        .post("/api/v1/programs")
                        .statusCode());
        assertEquals(
                414,
                RestAssured.given()
                        .get("/api/v1/public/measures?q=" + "x".repeat(10_000))
                        .statusCode());
    }
}
