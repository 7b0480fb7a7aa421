package de.pakt.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.GermanTime;
import de.pakt.network.NetworkFixtures;
import de.pakt.roadmap.service.MilestonesFallingDue;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** What lets an integrator mirror Pakt cheaply and retry safely: 304s, updatedAt, Idempotency-Key, scheduled changes. */
@QuarkusTest
class IntegratorConveniencesTest {

    @Inject
    MilestonesFallingDue milestonesFallingDue;

    @Test
    void aCurrentCopyIsAnsweredWith304() {
        String[] program = IntegrationFixtures.createProgram("Bedingt");
        String etag = program[1];
        Api.anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/programs/" + program[0])
                .then()
                .statusCode(304)
                .body(is(""));
        Api.anonymous()
                .header("If-None-Match", "\"999\", W/" + etag)
                .get("/api/v1/programs/" + program[0])
                .then()
                .statusCode(304);
        // After a change the old tag no longer matches.
        IntegrationFixtures.renameProgram(program[0], etag, "Bedingt, geändert");
        Api.anonymous()
                .header("If-None-Match", etag)
                .get("/api/v1/programs/" + program[0])
                .then()
                .statusCode(200)
                .body("title", is("Bedingt, geändert"))
                .body("updatedAt", notNullValue());
    }

    /** An event's tag versions the event, not its places left: a registration changes the body, never a 304. */
    @Test
    void aCompositeRepresentationIsNeverAnswered304() {
        String event = NetworkFixtures.openEvent(10);
        Response first = Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/events/" + event);
        first.then().statusCode(200).body("updatedAt", notNullValue());
        NetworkFixtures.register(
                        event, NetworkFixtures.person("Platz Weg", "platz." + UUID.randomUUID() + "@example.org"))
                .response()
                .then()
                .statusCode(201);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-None-Match", first.header("ETag"))
                .get("/api/v1/events/" + event)
                .then()
                .statusCode(200)
                .body("placesLeft", is(first.<Integer>path("placesLeft") - 1));
    }

    @Test
    void aRetriedRegistrationWithTheSameKeyIsCarriedOutOnce() throws Exception {
        String event = NetworkFixtures.openEvent(10);
        String partner = Tokens.integration(Scopes.EVENTS_WRITE);
        String key = UUID.randomUUID().toString();
        Map<String, Object> person = NetworkFixtures.person("Paula Partner", "paula." + key + "@example.org");

        // Four identical requests at once (a client retrying after a timeout): one registration, four equal answers.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit(() -> Api.as(partner)
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(person)
                    .post("/api/v1/events/" + event + "/registrations")));
        }
        List<String> ids = new ArrayList<>();
        int replayed = 0;
        for (Future<Response> f : sent) {
            Response r = f.get();
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(r.path("id"));
            replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(replayed).isEqualTo(3);
        Api.as(partner).get("/api/v1/events/" + event + "/registrations").then().body("size()", is(1));

        // The same key for something else is a mistake, not a new registration.
        Api.as(partner)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(NetworkFixtures.person("Otto Anders", "otto." + key + "@example.org"))
                .post("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("/idempotency-key-reused"));
        // Another partner does not see this registration's changes in the feed; the partner that entered it does.
        assertThat(
                        IntegrationFixtures.readAll(
                                        Tokens.integrationAs("other-partner", Scopes.EVENTS_WRITE), "", 1000)
                                .stream()
                                .map(c -> c.get("resourceId"))
                                .toList())
                .doesNotContain(ids.get(0));
        assertThat(IntegrationFixtures.readAll(partner, "", 1000).stream()
                        .map(c -> c.get("resourceId"))
                        .toList())
                .contains(ids.get(0));
        // Another caller's identical key is its own.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(NetworkFixtures.person("Otto Anders", "otto." + key + "@example.org"))
                .post("/api/v1/events/" + event + "/registrations")
                .then()
                .statusCode(201);
    }

    @Test
    void aMilestoneFallingDueIsPublishedOnceHoweverOftenTheJobRuns() {
        var d = SiteFixtures.decidedRound();
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        String milestone = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Fällig", "dueDate", today.toString()))
                .post("/api/v1/sites/" + d.stuttgartSite() + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String from = IntegrationFixtures.end();

        int first = milestonesFallingDue.publish(today);
        int again = milestonesFallingDue.publish(today);

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        List<Map<String, Object>> due =
                IntegrationFixtures.readAll(Tokens.forRole(Roles.PROGRAM_OFFICE), from, 100).stream()
                        .filter(c -> c.get("type").equals("milestone.due")
                                && c.get("resourceId").equals(milestone))
                        .toList();
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("link")).isEqualTo("/api/v1/sites/" + d.stuttgartSite() + "/roadmap");
    }
}
