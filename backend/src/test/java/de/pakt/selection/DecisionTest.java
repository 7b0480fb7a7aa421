package de.pakt.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.FREIBURG;
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.MESSKIRCH;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static de.pakt.round.RoundFixtures.submittedApplication;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** The decision the steering group records, its finalisation, revisions and the sites it creates. */
@QuarkusTest
class DecisionTest {

    record Round(String id, String stuttgart, String karlsruhe, String freiburg, String messkirch) {}

    /** Budget for 3 sites of 40.000 €, Tübingen ≥ 1, four submitted applications, in review. */
    static Round roundInReview() {
        String roundId = openRound(roundInput(program()));
        Round r = new Round(
                roundId,
                submittedApplication(STUTTGART, roundId, 4_000_000),
                submittedApplication(KARLSRUHE, roundId, 4_000_000),
                submittedApplication(FREIBURG, roundId, 4_000_000),
                submittedApplication(MESSKIRCH, roundId, 4_000_000));
        roundAction(roundId, "review-start").statusCode(200);
        return r;
    }

    static Map<String, Object> selected(String applicationId) {
        return Map.of("applicationId", applicationId, "outcome", "SELECTED", "grantedCents", 4_000_000);
    }

    static Map<String, Object> waitlisted(String applicationId, int rank) {
        return Map.of("applicationId", applicationId, "outcome", "WAITLISTED", "waitlistRank", rank);
    }

    static Map<String, Object> decision(List<Map<String, Object>> entries) {
        Map<String, Object> d = new HashMap<>();
        d.put("meetingDate", "2019-05-14");
        d.put("membersPresent", List.of("Ministerium für Soziales und Integration", "Gemeindetag Baden-Württemberg"));
        d.put("rationale", "Auswahl nach Punktzahl; Tübingen über die Quote.");
        d.put("entries", entries);
        return d;
    }

    static ExtractableResponse<Response> create(String roundId, Map<String, Object> body) {
        return Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/rounds/{id}/decisions", roundId)
                .then()
                .statusCode(201)
                .extract();
    }

    static io.restassured.response.ValidatableResponse finalise(ExtractableResponse<Response> created) {
        return Api.asRole(Roles.STEERING_GROUP)
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/decisions/{id}/finalisation", (String) created.path("id"))
                .then();
    }

    @Test
    void aFinalDecisionCreatesTheSitesAndACorrectionIsANewRevision() {
        Round r = roundInReview();
        var first = create(
                r.id(),
                decision(List.of(
                        selected(r.stuttgart()),
                        selected(r.karlsruhe()),
                        selected(r.messkirch()),
                        waitlisted(r.freiburg(), 1))));
        org.hamcrest.MatcherAssert.assertThat(first.path("violations"), empty());
        finalise(first).statusCode(200).body("status", equalTo("FINAL")).body("revision", equalTo(1));

        Api.anonymous().get("/api/v1/rounds/{id}", r.id()).then().body("status", equalTo("DECIDED"));
        Api.as(Tokens.municipality(MESSKIRCH))
                .get("/api/v1/applications/{id}", r.messkirch())
                .then()
                .body("status", equalTo("SELECTED"));
        Api.as(Tokens.municipality(FREIBURG))
                .get("/api/v1/applications/{id}", r.freiburg())
                .then()
                .body("status", equalTo("WAITLISTED"));
        Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", r.id())
                .then()
                .statusCode(200)
                .body("applicant.name", contains("Karlsruhe", "Meßkirch", "Stuttgart"))
                .body("status", everyItemIs("ONBOARDING"))
                .body("grantedCents", everyItemIs(4_000_000))
                .body("find { it.applicant.name == 'Meßkirch' }.regionKey", equalTo("084"));

        // A final decision is never edited.
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(decision(List.of()))
                .put("/api/v1/decisions/{id}", (String) first.path("id"))
                .then()
                .statusCode(409)
                .body("detail", containsString("nie geändert"));

        // The correction: Freiburg instead of Karlsruhe.
        var second = create(
                r.id(),
                decision(List.of(
                        selected(r.stuttgart()),
                        waitlisted(r.karlsruhe(), 1),
                        selected(r.messkirch()),
                        selected(r.freiburg()))));
        finalise(second).statusCode(200).body("revision", equalTo(2));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/decisions", r.id())
                .then()
                .statusCode(200)
                .body("revision", contains(2, 1))
                .body("status", contains("FINAL", "SUPERSEDED"))
                .body(
                        "[1].entries.find { it.outcome == 'WAITLISTED' }.applicant.name",
                        equalTo("Freiburg im Breisgau"));
        Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", r.id())
                .then()
                .body("find { it.applicant.name == 'Karlsruhe' }.status", equalTo("DISCONTINUED"))
                .body("find { it.applicant.name == 'Karlsruhe' }.statusReason", containsString("Revision 2"))
                .body("find { it.applicant.name == 'Freiburg im Breisgau' }.status", equalTo("ONBOARDING"));

        roundAction(r.id(), "start").statusCode(200).body("status", equalTo("RUNNING"));
        roundAction(r.id(), "closing").statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void violatedConstraintsNeedAJustifiedOverride() {
        Round r = roundInReview();
        // Four sites: over target (3) and budget (120.000 €).
        Map<String, Object> body = decision(List.of(
                selected(r.stuttgart()), selected(r.karlsruhe()), selected(r.freiburg()), selected(r.messkirch())));
        var draft = create(r.id(), body);
        org.hamcrest.MatcherAssert.assertThat(draft.path("violations"), hasSize(2));
        finalise(draft)
                .statusCode(409)
                .body("detail", containsString("4 Standorte ausgewählt, Zielzahl 3"))
                .body("detail", containsString("Budget 120.000"));

        body.put("overrideJustification", "Das Land stockt das Budget um einen Standort auf.");
        var justified = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .header("If-Match", draft.header("ETag"))
                .body(body)
                .put("/api/v1/decisions/{id}", (String) draft.path("id"))
                .then()
                .statusCode(200)
                .extract();
        finalise(justified)
                .statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("violations", hasItem(containsString("Zielzahl 3")))
                .body("overrideJustification", equalTo("Das Land stockt das Budget um einen Standort auf."));
        Api.anonymous().get("/api/v1/rounds/{id}/sites", r.id()).then().body("size()", equalTo(4));
    }

    @Test
    void anIncompleteDecisionIsNeverFinalisedAndQuotasCount() {
        Round r = roundInReview();
        Map<String, Object> body = decision(List.of(
                selected(r.stuttgart()),
                selected(r.karlsruhe()),
                selected(r.freiburg()),
                Map.of("applicationId", r.messkirch(), "outcome", "REJECTED")));
        body.put("overrideJustification", "Versuch");
        var draft = create(r.id(), body);
        org.hamcrest.MatcherAssert.assertThat(
                draft.path("violations"),
                containsInAnyOrder(
                        containsString("keine Begründung der Ablehnung von Meßkirch"),
                        containsString("Quote Regierungsbezirk Tübingen: 0 statt mindestens 1")));
        finalise(draft).statusCode(409).body("detail", containsString("unvollständig"));
        // Only one draft at a time.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(decision(List.of()))
                .post("/api/v1/rounds/{id}/decisions", r.id())
                .then()
                .statusCode(409)
                .body("detail", containsString("schon einen Entwurf"));
    }

    /** An application withdrawn after the draft named it blocks finalising, with its name, until it is taken out. */
    @Test
    void aDraftNamingAWithdrawnApplicationIsNotFinalisedUntilTheEntryIsGone() {
        Round r = roundInReview();
        var draft = create(
                r.id(),
                decision(List.of(
                        selected(r.stuttgart()),
                        selected(r.karlsruhe()),
                        waitlisted(r.freiburg(), 1),
                        selected(r.messkirch()))));
        String etag = Api.as(Tokens.municipality(MESSKIRCH))
                .get("/api/v1/applications/{id}", r.messkirch())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.as(Tokens.municipality(MESSKIRCH))
                .header("If-Match", etag)
                .post("/api/v1/applications/{id}/withdrawal", r.messkirch())
                .then()
                .statusCode(200);

        finalise(draft).statusCode(409).body("detail", containsString("Meßkirch hat die Bewerbung zurückgezogen"));

        Map<String, Object> withoutMesskirch =
                decision(List.of(selected(r.stuttgart()), selected(r.karlsruhe()), waitlisted(r.freiburg(), 1)));
        withoutMesskirch.put("overrideJustification", "Die einzige Bewerbung aus Tübingen ist zurückgezogen.");
        var withoutIt = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .header("If-Match", draft.header("ETag"))
                .body(withoutMesskirch)
                .put("/api/v1/decisions/{id}", (String) draft.path("id"))
                .then()
                .statusCode(200)
                .extract();
        finalise(withoutIt).statusCode(200).body("status", equalTo("FINAL"));
    }

    @Test
    void decisionsNeedAReviewedRoundAndItsOwnApplications() {
        String programId = program();
        String open = openRound(roundInput(programId));
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(decision(List.of()))
                .post("/api/v1/rounds/{id}/decisions", open)
                .then()
                .statusCode(409)
                .body("detail", containsString("erst nach der Bewertung"));
        Round r = roundInReview();
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(decision(List.of(
                        selected(r.stuttgart()),
                        selected(r.stuttgart()),
                        selected("00000000-0000-0000-0000-000000000001"))))
                .post("/api/v1/rounds/{id}/decisions", r.id())
                .then()
                .statusCode(400)
                .body("errors.field", contains("entries[1].applicationId", "entries[2].applicationId"));
    }

    static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
