package de.pakt.round;

import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.createRound;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RoundLifecycleTest {

    @Test
    void aRoundCannotOpenWithoutCriteriaOrWithAWindowInThePast() {
        String programId = program();
        Map<String, Object> input = roundInput(programId);
        input.put("criteria", List.of());
        String id = createRound(input).path("id");
        roundAction(id, "opening")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("mindestens ein Bewertungskriterium"));

        Map<String, Object> past = roundInput(programId);
        past.put("applicationWindow", RoundFixtures.window(-48, -24));
        String pastId = createRound(past).path("id");
        roundAction(pastId, "opening").statusCode(409).body("detail", containsString("schon vorbei"));
    }

    /** Each caller is told what it may do with the round now; the SPA offers exactly that. */
    @Test
    void aRoundTellsEachCallerWhatItMayDoNow() {
        String id = createRound(roundInput(program())).path("id");
        assertThat(actionsOf(Api.asRole(Roles.PROGRAM_OFFICE), id)).containsExactly("update", "open");
        assertThat(actionsOf(Api.asRole(Roles.STEERING_GROUP), id)).isEmpty();
        roundAction(id, "opening").statusCode(200);
        assertThat(actionsOf(Api.asRole(Roles.PROGRAM_OFFICE), id)).containsExactly("startReview");
        assertThat(actionsOf(Api.as(Tokens.municipality(RoundFixtures.FREIBURG)), id))
                .containsExactly("apply");
        assertThat(actionsOf(Api.anonymous(), id)).isEmpty();
        roundAction(id, "review-start").statusCode(409); // nothing submitted: offered, refused with the reason

        // A round only for districts offers a municipality nothing.
        Map<String, Object> districtsOnly = roundInput(program());
        districtsOnly.put("eligibleApplicantKinds", List.of("RURAL_DISTRICT"));
        String forDistricts = openRound(districtsOnly);
        assertThat(actionsOf(Api.as(Tokens.municipality(RoundFixtures.FREIBURG)), forDistricts))
                .isEmpty();
        assertThat(actionsOf(Api.as(Tokens.municipality(RoundFixtures.LK_ESSLINGEN)), forDistricts))
                .containsExactly("apply");
    }

    private static List<String> actionsOf(io.restassured.specification.RequestSpecification caller, String id) {
        return caller.get("/api/v1/rounds/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("allowedActions", String.class);
    }

    @Test
    void noStepIsSkipped() {
        String id = createRound(roundInput(program())).path("id");
        roundAction(id, "review-start")
                .statusCode(409)
                .body("detail", containsString("Status „Ausschreibung offen“ kann in die Bewertung gegeben werden"));
        // The same rule in English, statuses by their names in the UI, not their constants.
        String etag =
                Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/rounds/{id}", id).header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", etag)
                .header("Accept-Language", "en-GB,en;q=0.9")
                .post("/api/v1/rounds/{id}/review-start", id)
                .then()
                .statusCode(409)
                .body("title", equalTo("Conflict"))
                .body(
                        "detail",
                        equalTo("Only a funding round with status \"Call open\" can be moved to review;"
                                + " this one has status \"Draft\"."));
        roundAction(id, "start").statusCode(409).body("detail", containsString("Auswahlentscheidung"));
        roundAction(id, "closing").statusCode(409).body("detail", containsString("im Status „Läuft“"));
        roundAction(id, "opening").statusCode(200).body("status", equalTo("OPEN"));
        roundAction(id, "opening").statusCode(409);
        // Nothing was submitted: the review cannot start.
        roundAction(id, "review-start").statusCode(409).body("detail", containsString("noch keine Bewerbung"));
    }

    @Test
    void anOpenCallDoesNotChangeAndDraftsAreNotPublic() {
        String programId = program();
        var created = createRound(roundInput(programId));
        String id = created.path("id");
        Api.anonymous().get("/api/v1/rounds/{id}", id).then().statusCode(404);
        Api.anonymous()
                .queryParam("programId", programId)
                .get("/api/v1/rounds")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));

        roundAction(id, "opening").statusCode(200);
        Api.anonymous()
                .get("/api/v1/rounds/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("capPerSiteCents", equalTo(4_000_000));
        String etag =
                Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/rounds/{id}", id).header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(roundInput(programId))
                .put("/api/v1/rounds/{id}", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("nicht mehr im Entwurf"));
    }

    @Test
    void roundInputIsValidated() {
        String programId = program();
        Map<String, Object> input = roundInput(programId);
        input.put("applicationWindow", RoundFixtures.window(24, 1));
        input.put("capPerSiteCents", 20_000_000);
        input.put(
                "criteria",
                List.of(Map.of("key", "a", "title", "A", "weight", 1), Map.of("key", "a", "title", "B", "weight", 1)));
        input.put(
                "quotas",
                List.of(Map.of("regionKey", "081", "minSites", 2), Map.of("regionKey", "082", "minSites", 2)));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/rounds")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "applicationWindow.closesAt", "capPerSiteCents", "criteria[1].key", "quotas"));

        Map<String, Object> unknownProgram = roundInput("00000000-0000-0000-0000-000000000000");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(unknownProgram)
                .post("/api/v1/rounds")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("programId"));

        Map<String, Object> first = roundInput(programId);
        createRound(first);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(first)
                .post("/api/v1/rounds")
                .then()
                .statusCode(409)
                .body("detail", containsString("schon eine Förderrunde Nr."));
    }

    @Test
    void aProgrammeWithRoundsCannotBeDeleted() {
        String programId = program();
        createRound(roundInput(programId));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/programs/{id}", programId)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 Förderrunde"));
    }
}
