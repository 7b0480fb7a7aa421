package de.pakt.network;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static de.pakt.network.NetworkFixtures.eventInput;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class EventLifecycleTest {

    @Test
    void aFacilitatorOrganisesEventsOfTheirOwnSitesOnly() {
        var d = SiteFixtures.decidedRound();
        String program = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}", d.roundId())
                .then()
                .extract()
                .path("programId");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "eva." + suffix + "@example.org";
        SiteFixtures.assign(
                        d.stuttgartSite(),
                        Map.of("leadFacilitatorId", SiteFixtures.facilitator("Eva Beispiel " + suffix, email, 3)))
                .statusCode(200);
        Map<String, Object> input = eventInput(program, 30, Instant.now().plus(20, ChronoUnit.DAYS));
        input.put("kind", "WORKSHOP");
        input.put("title", "Beteiligungswerkstatt Stuttgart");
        input.put("roundId", d.roundId());

        Api.as(Tokens.facilitator(email))
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("siteId"));
        input.put("siteId", d.karlsruheSite());
        Api.as(Tokens.facilitator(email))
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("keiner Ihrer Standorte"));
        input.put("siteId", d.stuttgartSite());
        var created = Api.as(Tokens.facilitator(email))
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("host.name", equalTo("Gundelsheim"))
                .extract();
        String event = created.path("id");
        Api.as(Tokens.facilitator(email))
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/events/{id}/opening", event)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        Api.as(Tokens.facilitator("someone." + suffix + "@example.org"))
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/closing", event)
                .then()
                .statusCode(404);
        Api.as(Tokens.facilitator(email))
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/completion", event)
                .then()
                .statusCode(409)
                .body("detail", containsString("noch nicht begonnen"));
        Api.as(Tokens.facilitator(email))
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/closing", event)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        Api.as(Tokens.facilitator(email))
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/opening", event)
                .then()
                .statusCode(409);
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/events?siteId=" + d.stuttgartSite())
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(event))
                .body("items[0].canOrganise", equalTo(false));
        // The SPA shows the organiser view from this flag: the site's facilitator and the office, nobody else.
        Api.as(Tokens.facilitator(email))
                .get("/api/v1/events?siteId=" + d.stuttgartSite())
                .then()
                .body("items[0].canOrganise", equalTo(true));
        Api.as(Tokens.facilitator("someone." + suffix + "@example.org"))
                .get("/api/v1/events/{id}", event)
                .then()
                .body("canOrganise", equalTo(false));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}", event)
                .then()
                .body("canOrganise", equalTo(true));
    }

    @Test
    void listsShowWhatIsStillToComeFirstThenThePastMostRecentFirst() {
        var d = SiteFixtures.decidedRound();
        String program = RoundFixtures.program();
        Instant now = Instant.now();
        String past = planned(program, d.karlsruheSite(), now.minus(60, ChronoUnit.DAYS));
        String later = planned(program, d.karlsruheSite(), now.plus(40, ChronoUnit.DAYS));
        String longAgo = planned(program, d.karlsruheSite(), now.minus(400, ChronoUnit.DAYS));
        String soon = planned(program, d.karlsruheSite(), now.plus(5, ChronoUnit.DAYS));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events?siteId=" + d.karlsruheSite())
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(soon, later, past, longAgo));
    }

    private static String planned(String programId, String siteId, Instant startsAt) {
        Map<String, Object> input = eventInput(programId, 10, startsAt);
        input.put("siteId", siteId);
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void everyBadInputGetsAClearError() {
        String program = RoundFixtures.program();
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        Map<String, Object> input = eventInput(program, 30, start);
        input.put("endsAt", start.minus(1, ChronoUnit.HOURS).toString());
        input.put("registrationDeadline", start.plus(2, ChronoUnit.DAYS).toString());
        input.remove("venue");
        input.put("hostKey", "08999999");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("endsAt", "registrationDeadline", "venue", "hostKey"));
        Map<String, Object> online = eventInput(program, 30, start);
        online.put("onlineUrl", "ftp://example.org/raum");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(online)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("onlineUrl"));
        Map<String, Object> zero = eventInput(program, 0, start);
        Api.invalidRequest()
                .header("Authorization", "Bearer " + Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(zero)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("capacity"));
    }
}
