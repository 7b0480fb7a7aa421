package de.pakt.application;

import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.FREIBURG;
import static de.pakt.round.RoundFixtures.LK_ESSLINGEN;
import static de.pakt.round.RoundFixtures.MESSKIRCH;
import static de.pakt.round.RoundFixtures.OSTRACH;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.round.RoundFixtures.applicationInput;
import static de.pakt.round.RoundFixtures.createApplication;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.roundInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ApplicationResourceTest {

    @Test
    void aMunicipalityAppliesJointlyAndSubmitsInsideTheWindow() {
        String roundId = openRound(roundInput(program()));
        Map<String, Object> input = applicationInput(4_000_000);
        input.put("partnerKeys", List.of(OSTRACH));
        var created = createApplication(MESSKIRCH, roundId, input);
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.path("status"), equalTo("DRAFT"));
        org.hamcrest.MatcherAssert.assertThat(created.path("applicant.name"), equalTo("Meßkirch"));
        org.hamcrest.MatcherAssert.assertThat(created.path("partners[0].name"), equalTo("Ostrach"));
        org.hamcrest.MatcherAssert.assertThat(created.path("regionKey"), equalTo("084"));

        // The steering group does not see drafts.
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/applications/{id}", id)
                .then()
                .statusCode(404);

        Api.as(Tokens.municipality(MESSKIRCH))
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/applications/{id}/submission", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/applications/{id}", id)
                .then()
                .statusCode(200)
                .body("contactName", equalTo("Erika Beispiel"));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("entityType", "application")
                .queryParam("entityId", id)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("ACTION", "CREATE"));
    }

    @Test
    void anotherMunicipalitysApplicationDoesNotExistForYou() {
        String roundId = openRound(roundInput(program()));
        var mine = createApplication(MESSKIRCH, roundId, applicationInput(1_000_000));
        String id = mine.path("id");
        String etag = mine.header("ETag");
        var other = Api.as(Tokens.municipality(STUTTGART));
        other.get("/api/v1/applications/{id}", id).then().statusCode(404);
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(applicationInput(1))
                .put("/api/v1/applications/{id}", id)
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(STUTTGART))
                .header("If-Match", etag)
                .post("/api/v1/applications/{id}/submission", id)
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(STUTTGART))
                .header("If-Match", etag)
                .post("/api/v1/applications/{id}/withdrawal", id)
                .then()
                .statusCode(404);
        createApplication(STUTTGART, roundId, applicationInput(2_000_000));
        Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].applicant.key", equalTo(STUTTGART));
        // Nor can the programme office write in a municipality's name.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", etag)
                .post("/api/v1/applications/{id}/submission", id)
                .then()
                .statusCode(403);
    }

    @Test
    void oneLiveApplicationPerApplicantAndRound() {
        String roundId = openRound(roundInput(program()));
        var first = createApplication(FREIBURG, roundId, applicationInput(1_000_000));
        Api.as(Tokens.municipality(FREIBURG))
                .contentType(ContentType.JSON)
                .body(applicationInput(1_000_000))
                .post("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(409)
                .body("detail", containsString("Freiburg im Breisgau hat in dieser Förderrunde schon eine Bewerbung"));
        Api.as(Tokens.municipality(FREIBURG))
                .header("If-Match", first.header("ETag"))
                .post("/api/v1/applications/{id}/withdrawal", (String) first.path("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        createApplication(FREIBURG, roundId, applicationInput(1_000_000));
    }

    @Test
    void theCapTheWindowAndCompletenessAreEnforced() {
        String programId = program();
        String roundId = openRound(roundInput(programId));
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .body(applicationInput(4_000_001))
                .post("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(400)
                .body("errors.field", contains("requestedCents"))
                .body("errors[0].message", containsString("40.000"));
        Map<String, Object> badPartner = applicationInput(1);
        badPartner.put("partnerKeys", List.of("99999999", STUTTGART));
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .body(badPartner)
                .post("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(400)
                .body("errors.field", contains("partnerKeys[0]", "partnerKeys[1]"));

        Map<String, Object> incomplete = applicationInput(1_000_000);
        incomplete.remove("motivation");
        var draft = createApplication(STUTTGART, roundId, incomplete);
        Api.as(Tokens.municipality(STUTTGART))
                .header("If-Match", draft.header("ETag"))
                .post("/api/v1/applications/{id}/submission", (String) draft.path("id"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("motivation"));

        Map<String, Object> later = roundInput(programId);
        later.put("applicationWindow", RoundFixtures.window(24, 48));
        String laterRound = openRound(later);
        var early = createApplication(STUTTGART, laterRound, applicationInput(1_000_000));
        Api.as(Tokens.municipality(STUTTGART))
                .header("If-Match", early.header("ETag"))
                .post("/api/v1/applications/{id}/submission", (String) early.path("id"))
                .then()
                .statusCode(409)
                .body("detail", containsString("Bewerbungszeitraum:"));
    }

    @Test
    void aSubmittedApplicationIsNotEditedAndIneligibleKindsAreRefused() {
        String programId = program();
        String roundId = openRound(roundInput(programId));
        String id = RoundFixtures.submittedApplication(MESSKIRCH, roundId, 1_000_000);
        String etag = Api.as(Tokens.municipality(MESSKIRCH))
                .get("/api/v1/applications/{id}", id)
                .header("ETag");
        Api.as(Tokens.municipality(MESSKIRCH))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(applicationInput(2))
                .put("/api/v1/applications/{id}", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("nur zurückgezogen"));

        Map<String, Object> municipalitiesOnly = roundInput(programId);
        municipalitiesOnly.put("eligibleApplicantKinds", List.of("MUNICIPALITY"));
        String onlyTowns = openRound(municipalitiesOnly);
        Api.as(Tokens.municipality(LK_ESSLINGEN))
                .contentType(ContentType.JSON)
                .body(applicationInput(1))
                .post("/api/v1/rounds/{id}/applications", onlyTowns)
                .then()
                .statusCode(409)
                .body("detail", containsString("Antragsteller dieser Art (Landkreise)"));
        Api.asRole(Roles.MUNICIPALITY)
                .contentType(ContentType.JSON)
                .body(applicationInput(1))
                .post("/api/v1/rounds/{id}/applications", onlyTowns)
                .then()
                .statusCode(403)
                .body("detail", containsString("keiner Kommune zugeordnet"));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }
}
