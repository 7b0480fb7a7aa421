package de.pakt.selection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.FREIBURG;
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.MESSKIRCH;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.round.RoundFixtures.member;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.review;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static de.pakt.round.RoundFixtures.scores;
import static de.pakt.round.RoundFixtures.submittedApplication;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** round → applications → submission → reviews → ranking → proposal, as the steering group lives it. */
@QuarkusTest
class ReviewAndProposalTest {

    static final Map<String, Object> CONFLICT =
            Map.of("conflictOfInterest", true, "comment", "Mitglied des Gemeinderats");

    @Test
    void reviewsMakeTheRankingAndTheProposalHonoursTheQuota() {
        String roundId = openRound(roundInput(program())); // budget 120.000 €, 3 sites, Tübingen ≥ 1
        String stuttgart = submittedApplication(STUTTGART, roundId, 4_000_000);
        String karlsruhe = submittedApplication(KARLSRUHE, roundId, 4_000_000);
        String freiburg = submittedApplication(FREIBURG, roundId, 4_000_000);
        String messkirch = submittedApplication(MESSKIRCH, roundId, 4_000_000);
        roundAction(roundId, "review-start").statusCode(200).body("status", equalTo("IN_REVIEW"));

        String anna = member("anna");
        String bernd = member("bernd");
        String clara = member("clara");
        review(anna, stuttgart, scores(5, 5));
        review(bernd, stuttgart, scores(4, 5));
        review(clara, stuttgart, CONFLICT);
        review(anna, karlsruhe, scores(4, 4));
        review(anna, freiburg, scores(4, 3));
        review(anna, messkirch, scores(2, 3));

        // Stuttgart: bedarf mean 4.5, beteiligung mean 5 → (40 × 4.5 + 60 × 5) / 100 = 4.8; Clara's conflict does not
        // count.
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/ranking", roundId)
                .then()
                .statusCode(200)
                .body("items.applicant.key", contains(STUTTGART, KARLSRUHE, FREIBURG, MESSKIRCH))
                .body("items[0].weightedScore", closeTo(4.8, 1e-9))
                .body("items[0].countingReviews", equalTo(2))
                .body("items[0].conflicts", equalTo(1))
                .body("items[0].criteria.mean", contains(closeTo(4.5, 1e-9), closeTo(5.0, 1e-9)))
                .body("items[2].weightedScore", closeTo(3.4, 1e-9))
                .body("tieBreakRule", containsString("frühere Einreichung"));

        // Budget for 3 sites, Tübingen needs one: Meßkirch (last) comes in, Freiburg (third) goes out.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/selection-proposal", roundId)
                .then()
                .statusCode(200)
                .body("selectedSites", equalTo(3))
                .body("budgetUsedCents", equalTo(12_000_000))
                .body("optimal", equalTo(true))
                .body("quotas[0].regionName", equalTo("Tübingen"))
                .body("quotas[0].met", equalTo(true))
                .body("entries.find { it.applicant.key == '" + MESSKIRCH + "' }.reason", equalTo("SELECTED_FOR_QUOTA"))
                .body(
                        "entries.find { it.applicant.key == '" + MESSKIRCH + "' }.explanation",
                        containsString("Regierungsbezirk Tübingen braucht mindestens 1 Standort"))
                .body("entries.find { it.applicant.key == '" + FREIBURG + "' }.reason", equalTo("DISPLACED_BY_QUOTA"))
                .body("entries.find { it.applicant.key == '" + STUTTGART + "' }.reason", equalTo("SELECTED_BY_SCORE"));
        // The reasons in English for an English reader.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("Accept-Language", "en")
                .get("/api/v1/rounds/{id}/selection-proposal", roundId)
                .then()
                .statusCode(200)
                .body(
                        "entries.find { it.applicant.key == '" + MESSKIRCH + "' }.explanation",
                        containsString("Quota: administrative region Tübingen needs at least 1 site"))
                .body(
                        "entries.find { it.applicant.key == '" + STUTTGART + "' }.explanation",
                        org.hamcrest.Matchers.matchesPattern("Rank \\d+ with \\d+\\.\\d\\d points\\."));
    }

    @Test
    void unreviewedApplicationsRankLastInSubmissionOrderAndAnUnknownRoundIsNotFound() {
        String roundId = openRound(roundInput(program()));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/ranking", roundId)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("scoreScaleMax", equalTo(5));
        String stuttgart = submittedApplication(STUTTGART, roundId, 1_000_000);
        String karlsruhe = submittedApplication(KARLSRUHE, roundId, 1_000_000);
        String freiburg = submittedApplication(FREIBURG, roundId, 1_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        // Only a conflict of interest for Stuttgart: it counts as unreviewed, its conflict is shown.
        review(member("dora"), stuttgart, CONFLICT);
        review(member("dora"), freiburg, scores(1, 1));

        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/ranking", roundId)
                .then()
                .statusCode(200)
                .body("items.applicationId", contains(freiburg, stuttgart, karlsruhe))
                .body("items.rank", contains(1, 2, 3))
                .body("items[0].weightedScore", closeTo(1.0, 1e-9))
                .body("items[1].weightedScore", nullValue())
                .body("items[1].countingReviews", equalTo(0))
                .body("items[1].conflicts", equalTo(1))
                .body("items[1].criteria", empty())
                .body("items[2].conflicts", equalTo(0))
                .body("items[2].applicant.name", equalTo("Karlsruhe"));

        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/ranking", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void eachMemberHasOneReviewPerApplicationProtectedByItsETag() {
        String roundId = openRound(roundInput(program()));
        String id = submittedApplication(STUTTGART, roundId, 1_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        String anna = member("anna-etag");

        Api.as(anna).get("/api/v1/applications/{id}/reviews/mine", id).then().statusCode(404);
        Api.as(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(scores(3, 3))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(412);
        var first = Api.as(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(scores(3, 3))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(200)
                .extract();
        Api.as(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag"))
                .body(scores(4, 4))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(200)
                .body("weightedScore", closeTo(4.0, 1e-9));
        Api.as(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag"))
                .body(scores(1, 1))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(412);
        Api.invalidRequest()
                .auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(scores(1, 1))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(428);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/applications/{id}/reviews", id)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].scores.score", contains(4, 4));
    }

    @Test
    void reviewsAreValidatedAgainstTheRoundsCriteriaAndScale() {
        String roundId = openRound(roundInput(program()));
        String id = submittedApplication(KARLSRUHE, roundId, 1_000_000);
        String bernd = member("bernd-validation");
        Api.as(bernd)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(scores(3, 3))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("Status „Ausschreibung offen“"));
        roundAction(roundId, "review-start").statusCode(200);

        Api.as(bernd)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of(
                        "conflictOfInterest",
                        false,
                        "scores",
                        List.of(
                                Map.of("criterionKey", "bedarf", "score", 6),
                                Map.of("criterionKey", "erfunden", "score", 1))))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("scores", "scores[0].score", "scores[1].criterionKey"));
        Api.as(bernd)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of(
                        "conflictOfInterest", true, "scores", List.of(Map.of("criterionKey", "bedarf", "score", 3))))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(400)
                .body("errors.field", contains("scores"));
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(scores(5, 5))
                .put("/api/v1/applications/{id}/reviews/mine", id)
                .then()
                .statusCode(403);
    }

    @Test
    void anUnmeetableQuotaIsReportedNotHidden() {
        Map<String, Object> input = roundInput(program());
        input.put("quotas", List.of(Map.of("regionKey", "082", "minSites", 1)));
        String roundId = openRound(input);
        submittedApplication(STUTTGART, roundId, 1_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/selection-proposal", roundId)
                .then()
                .statusCode(200)
                .body("quotas[0].met", equalTo(false))
                .body("quotas[0].candidates", equalTo(0))
                .body("selectedSites", equalTo(1))
                .body("entries.reason", hasItem("SELECTED_BY_SCORE"));
    }
}
