package de.pakt.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import io.restassured.http.ContentType;

import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static de.pakt.round.RoundFixtures.submittedApplication;

/** Decided rounds with sites, facilitators and assignments, built through the API. */
public final class SiteFixtures {

    private SiteFixtures() {}

    public record Decided(String roundId, String stuttgartSite, String karlsruheSite) {}

    /** A decided round without quotas: Stuttgart and Karlsruhe are sites with 40.000 € each. */
    public static Decided decidedRound() {
        Map<String, Object> input = roundInput(program());
        input.put("quotas", List.of());
        String roundId = openRound(input);
        String s = submittedApplication(STUTTGART, roundId, 4_000_000);
        String k = submittedApplication(KARLSRUHE, roundId, 4_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        finalDecision(
                roundId,
                List.of(
                        Map.of("applicationId", s, "outcome", "SELECTED", "grantedCents", 4_000_000),
                        Map.of("applicationId", k, "outcome", "SELECTED", "grantedCents", 4_000_000)));
        var sites = Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", roundId)
                .then()
                .extract()
                .jsonPath();
        return new Decided(
                roundId,
                sites.getString("find { it.applicant.key == '" + STUTTGART + "' }.id"),
                sites.getString("find { it.applicant.key == '" + KARLSRUHE + "' }.id"));
    }

    /** The steering group decides {@code entries} for a round in review and finalises the decision. */
    public static void finalDecision(String roundId, List<Map<String, Object>> entries) {
        var draft = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of("meetingDate", "2019-05-14", "entries", entries))
                .post("/api/v1/rounds/{id}/decisions", roundId)
                .then()
                .statusCode(201)
                .extract();
        Api.asRole(Roles.STEERING_GROUP)
                .header("If-Match", draft.header("ETag"))
                .post("/api/v1/decisions/{id}/finalisation", (String) draft.path("id"))
                .then()
                .statusCode(200);
    }

    public static String facilitator(String name, String email, int capacity) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "homeRegionKey",
                "081",
                "capacity",
                capacity,
                "expertise",
                List.of("Bürgerbeteiligung"),
                "dayRateCents",
                90_000));
        body.put("email", email);
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/facilitators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static io.restassured.response.ValidatableResponse assign(String siteId, Map<String, Object> body) {
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/sites/{id}/facilitation", siteId)
                .header("ETag");
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/sites/{id}/facilitation", siteId)
                .then();
    }
}
