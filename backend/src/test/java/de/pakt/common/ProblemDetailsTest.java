package de.pakt.common;

import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Every error path answers with RFC 9457 problem details and nothing internal. */
@QuarkusTest
class ProblemDetailsTest {

    static final Map<String, Object> VALID = Map.of("title", "Titel", "funder", "Land", "coordinatingBody", "FA");

    @Test
    void missingOrInvalidTokensAre401() {
        Api.invalidRequest()
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/api/v1/programs")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"pakt\"")
                .body("type", endsWith("/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/programs"));
        Api.invalidRequest()
                .auth()
                .oauth2("not-a-jwt")
                .get("/api/v1/programs")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.expired(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/api/v1/programs")
                .then()
                .statusCode(401);
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.wrongAudience(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/api/v1/programs")
                .then()
                .statusCode(401);
    }

    @Test
    void aRoleWithoutPermissionIs403() {
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/api/v1/programs")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"))
                .body("title", equalTo("Keine Berechtigung"));
    }

    @Test
    void wrongMethodMediaTypeAndAcceptAreProblems() {
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .delete("/api/v1/programs")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.XML)
                .body("<program/>")
                .post("/api/v1/programs")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
        Api.invalidRequest()
                .accept(ContentType.XML)
                .get("/api/v1/programs")
                .then()
                .statusCode(406)
                .body(containsString("406"));
    }

    @Test
    void unknownPathsAre404Problems() {
        Api.invalidRequest()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** Titles (and field messages) speak the caller's language: German by default, English when preferred. */
    @Test
    void problemTitlesFollowAcceptLanguage() {
        String round = "/api/v1/rounds/" + java.util.UUID.randomUUID();
        Api.anonymous().get(round).then().statusCode(404).body("title", is("Nicht gefunden"));
        Api.anonymous()
                .header("Accept-Language", "en-GB,en;q=0.9,de;q=0.5")
                .get(round)
                .then()
                .statusCode(404)
                .body("title", is("Not found"))
                .body(
                        "detail",
                        is("Funding round " + round.substring(round.lastIndexOf('/') + 1) + " does not exist."));
        Api.anonymous()
                .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8")
                .get(round)
                .then()
                .body("title", is("Nicht gefunden"));
        Api.anonymous().header("Accept-Language", "fr-FR").get(round).then().body("title", is("Nicht gefunden"));
    }

    /** Field messages are written for people in both languages: no validator wording, no pattern. */
    @Test
    void fieldMessagesAreWrittenForPeopleInTheCallersLanguage() {
        Map<String, Object> tooShort = Map.of("title", "ab", "funder", "Land", "coordinatingBody", "FA");
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(tooShort)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("detail", is("1 Feld ist ungültig."))
                .body("errors[0].field", is("title"))
                .body("errors[0].message", is("muss 3 bis 300 Zeichen lang sein"));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(tooShort)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("detail", is("1 field is invalid."))
                .body("errors[0].message", is("must be 3 to 300 characters long"));
        Api.invalidRequest()
                .get("/api/v1/public/measures?regionKey=999")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("regionKey"))
                .body(
                        "errors[0].message",
                        is("muss ein Regierungsbezirk Baden-Württembergs sein (081, 082, 083 oder 084)"));
        Api.invalidRequest()
                .header("Accept-Language", "en")
                .get("/api/v1/public/measures?regionKey=999&districtKey=8")
                .then()
                .statusCode(400)
                .body("errors.message", everyItem(not(containsString("^"))))
                .body(
                        "errors.message",
                        hasItem("must be a Baden-Württemberg administrative region (081, 082, 083 or 084)"));
    }

    @Test
    void unexpectedErrorsRevealNothingInternal() {
        RestAssured.given()
                .get("/api/v1/test-only/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", endsWith("/internal"))
                .body(
                        "detail",
                        matchesPattern(
                                "Ein unerwarteter Fehler ist aufgetreten\\. Kennung für den Support: [0-9a-f-]{36}\\."))
                .body(allOf(
                        not(containsString("Exception")),
                        not(containsString("at de.pakt")),
                        not(containsString("select"))));
    }
}
