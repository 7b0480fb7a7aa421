package de.pakt.network;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Events for tests: planned by the programme office, optionally opened for registration. */
public final class NetworkFixtures {

    private NetworkFixtures() {}

    public static Map<String, Object> eventInput(String programId, int capacity, Instant startsAt) {
        Map<String, Object> e = new HashMap<>();
        e.put("programId", programId);
        e.put("kind", "REGIONAL_CONFERENCE");
        e.put("title", "Regionalkonferenz Gundelsheim");
        e.put("motto", "Integration durch Arbeit");
        e.put("startsAt", startsAt.toString());
        e.put("endsAt", startsAt.plus(6, ChronoUnit.HOURS).toString());
        e.put("venue", "Deutschordenshalle");
        e.put("hostKey", "08125039");
        e.put("capacity", capacity);
        e.put("registrationDeadline", startsAt.plus(1, ChronoUnit.HOURS).toString());
        e.put("agenda", "10:00 Begrüßung\n10:30 Erfahrungsberichte");
        return e;
    }

    /** An open event in a new programme, starting in 30 days. */
    public static String openEvent(int capacity) {
        return openEvent(
                eventInput(RoundFixtures.program(), capacity, Instant.now().plus(30, ChronoUnit.DAYS)));
    }

    public static String openEvent(Map<String, Object> input) {
        ExtractableResponse<Response> created = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/events/{id}/opening", id)
                .then()
                .statusCode(200);
        return id;
    }

    public static String etag(String eventId) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}", eventId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static Map<String, Object> person(String name, String email) {
        return new HashMap<>(Map.of("name", name, "email", email, "organisation", "Freundeskreis Asyl"));
    }

    public static ExtractableResponse<Response> register(String token, String eventId, Map<String, Object> person) {
        return Api.as(token)
                .contentType(ContentType.JSON)
                .body(person)
                .post("/api/v1/events/{id}/registrations", eventId)
                .then()
                .extract();
    }

    public static ExtractableResponse<Response> register(String eventId, Map<String, Object> person) {
        return register(Tokens.forRole(Roles.MUNICIPALITY), eventId, person);
    }
}
