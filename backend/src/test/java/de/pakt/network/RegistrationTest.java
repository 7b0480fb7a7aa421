package de.pakt.network;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static de.pakt.network.NetworkFixtures.eventInput;
import static de.pakt.network.NetworkFixtures.openEvent;
import static de.pakt.network.NetworkFixtures.person;
import static de.pakt.network.NetworkFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RegistrationTest {

    static JsonPath registrations(String eventId) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}/registrations", eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void beyondCapacityPeopleAreWaitlistedAndMoveUpWhenSomeoneCancels() {
        String event = openEvent(2);
        String anna =
                register(event, person("Anna Beispiel", "anna@example.org")).path("id");
        register(event, person("Ben Beispiel", "ben@example.org"));
        var carla = register(event, person("Carla Beispiel", "carla@example.org"));
        assertThat(carla.statusCode()).isEqualTo(201);
        assertThat((String) carla.path("status")).isEqualTo("WAITLISTED");
        assertThat((Integer) carla.path("waitlistPosition")).isEqualTo(1);
        register(event, person("Dora Beispiel", "dora@example.org"));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/events/{id}", event)
                .then()
                .body("registeredCount", equalTo(2))
                .body("waitlistedCount", equalTo(2))
                .body("placesLeft", equalTo(0));

        // Anna cancels (the municipality login entered her): Carla, first on the waitlist, moves up; Dora is now first.
        Api.asRole(Roles.MUNICIPALITY)
                .post("/api/v1/registrations/{id}/cancellation", anna)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Api.asRole(Roles.MUNICIPALITY)
                .post("/api/v1/registrations/{id}/cancellation", anna)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        JsonPath all = registrations(event);
        assertThat(all.getList("name"))
                .containsExactly("Ben Beispiel", "Carla Beispiel", "Dora Beispiel", "Anna Beispiel");
        assertThat(all.getList("status")).containsExactly("REGISTERED", "REGISTERED", "WAITLISTED", "CANCELLED");
        assertThat(all.getInt("[2].waitlistPosition")).isEqualTo(1);
        // Somebody else's registration cannot be cancelled by a stranger: it does not exist for them.
        String ben = all.getString("[0].id");
        Api.as(Tokens.forSubject(Roles.FACILITATOR, "stranger"))
                .post("/api/v1/registrations/{id}/cancellation", ben)
                .then()
                .statusCode(404);
        // Raising the capacity moves the waitlist up too.
        var input = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}", event)
                .then()
                .extract();
        Map<String, Object> body = eventInput(input.path("programId"), 3, Instant.parse(input.path("startsAt")));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", input.header("ETag"))
                .body(body)
                .put("/api/v1/events/{id}", event)
                .then()
                .statusCode(200)
                .body("registeredCount", equalTo(3))
                .body("waitlistedCount", equalTo(0));
        body.put("capacity", 2);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(event))
                .body(body)
                .put("/api/v1/events/{id}", event)
                .then()
                .statusCode(409)
                .body("detail", containsString("3 Personen"));
    }

    /** The contract says format: email; "erika-at-example" is refused at its field, in the caller's language. */
    @Test
    void anAddressThatIsNoEmailIsRefusedAtItsField() {
        String event = openEvent(10);
        for (String wrong : List.of("erika-at-example", "erika@example", "erika beispiel@example.org")) {
            Api.invalidRequest()
                    .auth()
                    .oauth2(Tokens.forRole(Roles.MUNICIPALITY))
                    .contentType(ContentType.JSON)
                    .body(person("Erika Beispiel", wrong))
                    .post("/api/v1/events/{id}/registrations", event)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("email"))
                    .body("errors[0].message", equalTo("ist keine gültige E-Mail-Adresse (z. B. name@beispiel.de)"));
        }
        assertThat(register(event, person("Erika Beispiel", "erika.beispiel@example.org"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void registeringTwiceIsHarmlessAndReturnsTheExistingRegistration() {
        String event = openEvent(10);
        var first = register(event, person("Erika Beispiel", "erika@example.org"));
        var second = register(event, person("Erika B.", "Erika@Example.org"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat((String) second.path("id")).isEqualTo(first.path("id"));
        assertThat((String) second.path("name")).isEqualTo("Erika Beispiel");
        assertThat(registrations(event).getList("id")).hasSize(1);
        // After cancelling, registering again is a new registration on the same row, at the end of the queue.
        Api.asRole(Roles.MUNICIPALITY)
                .post("/api/v1/registrations/{id}/cancellation", (String) first.path("id"))
                .then()
                .statusCode(200);
        var again = register(event, person("Erika Beispiel", "erika@example.org"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat((String) again.path("status")).isEqualTo("REGISTERED");
    }

    @Test
    void refusedWhenNotOpenCancelledOrPastTheDeadline() {
        String program = RoundFixtures.program();
        var planned = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(eventInput(program, 10, Instant.now().plus(5, ChronoUnit.DAYS)))
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract();
        String id = planned.path("id");
        register(id, person("Frida Beispiel", "frida@example.org"))
                .response()
                .then()
                .statusCode(409)
                .body("detail", containsString("noch nicht geöffnet"));

        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", planned.header("ETag"))
                .post("/api/v1/events/{id}/opening", id)
                .then()
                .statusCode(200);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(id))
                .body(Map.of("reason", "Die Halle ist nicht verfügbar."))
                .post("/api/v1/events/{id}/cancellation", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        register(id, person("Frida Beispiel", "frida@example.org"))
                .response()
                .then()
                .statusCode(409)
                .body("detail", containsString("abgesagt"));

        // Started an hour ago, registration closed 30 minutes ago.
        Map<String, Object> late = eventInput(program, 10, Instant.now().minus(1, ChronoUnit.HOURS));
        late.put(
                "registrationDeadline",
                Instant.now().minus(30, ChronoUnit.MINUTES).toString());
        String lateEvent = openEvent(late);
        register(lateEvent, person("Frida Beispiel", "frida@example.org"))
                .response()
                .then()
                .statusCode(409)
                .body("detail", containsString("Anmeldeschluss"));
    }

    @Test
    void attendanceIsRecordedByTheOrganiserAfterTheEvent() {
        Map<String, Object> now =
                eventInput(RoundFixtures.program(), 10, Instant.now().minus(1, ChronoUnit.HOURS));
        now.put("registrationDeadline", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        String event = openEvent(now);
        String greta =
                register(event, person("Greta Beispiel", "greta@example.org")).path("id");
        String hans =
                register(event, person("Hans Beispiel", "hans@example.org")).path("id");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .put("/api/v1/registrations/{id}/attendance", greta)
                .then()
                .statusCode(409);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/completion", event)
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .put("/api/v1/registrations/{id}/attendance", greta)
                .then()
                .statusCode(200)
                .body("status", equalTo("ATTENDED"));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "NO_SHOW"))
                .put("/api/v1/registrations/{id}/attendance", hans)
                .then()
                .statusCode(200)
                .body("status", equalTo("NO_SHOW"));
        // The municipality that registered them may not record attendance.
        Api.asRole(Roles.MUNICIPALITY)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .put("/api/v1/registrations/{id}/attendance", hans)
                .then()
                .statusCode(403);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(event))
                .body(Map.of(
                        "outcomes",
                        "Drei Kommunen starten Jobpatenschaften.",
                        "lessonsLearned",
                        "Betriebe früh einbinden."))
                .put("/api/v1/events/{id}/documentation", event)
                .then()
                .statusCode(200)
                .body("documentation.outcomes", equalTo("Drei Kommunen starten Jobpatenschaften."));
        Api.asRole(Roles.MUNICIPALITY)
                .post("/api/v1/registrations/{id}/cancellation", hans)
                .then()
                .statusCode(409);
    }

    @Test
    void aMunicipalityNamesOnlyItsOwnSite() {
        var d = SiteFixtures.decidedRound();
        String event = openEvent(10);
        Map<String, Object> colleague = person("Ilse Beispiel", "ilse@example.org");
        colleague.put("siteId", d.karlsruheSite());
        register(Tokens.municipality(RoundFixtures.STUTTGART), event, colleague)
                .response()
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("siteId"));
        colleague.put("siteId", d.stuttgartSite());
        register(Tokens.municipality(RoundFixtures.STUTTGART), event, colleague)
                .response()
                .then()
                .statusCode(201)
                .body("site.key", equalTo(RoundFixtures.STUTTGART));
        // The municipality sees what it entered; another municipality sees nothing of it.
        Api.as(Tokens.municipality(RoundFixtures.STUTTGART))
                .get("/api/v1/events/{id}/registrations", event)
                .then()
                .body("size()", equalTo(1));
        Api.as(Tokens.municipality(RoundFixtures.KARLSRUHE))
                .get("/api/v1/events/{id}/registrations", event)
                .then()
                .body("size()", equalTo(0));
    }

    /** Parallel registrations at a nearly full event: nobody over capacity, nobody lost, the waitlist in one piece. */
    @Test
    void parallelRegistrationsNeverOverfillAnEvent() throws Exception {
        String event = openEvent(5);
        for (int i = 0; i < 3; i++) {
            register(event, person("Vorab " + i, "vorab" + i + "@example.org"))
                    .response()
                    .then()
                    .statusCode(201);
        }
        int parallel = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < parallel; i++) {
            int n = i;
            Callable<Integer> call = () -> {
                start.await();
                return register(event, person("Parallel " + n, "p" + n + "-" + run + "@example.org"))
                        .statusCode();
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        for (Future<Integer> a : answers) {
            assertThat(a.get()).isEqualTo(201);
        }
        pool.shutdown();
        JsonPath all = registrations(event);
        assertThat(all.getList("id")).hasSize(3 + parallel);
        assertThat(all.getList("findAll { it.status == 'REGISTERED' }")).hasSize(5);
        assertThat(all.getList("findAll { it.status == 'WAITLISTED' }.waitlistPosition", Integer.class))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, parallel - 2)
                        .boxed()
                        .toList());

        // The same person, many times at once: one registration.
        ExecutorService again = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> same = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            same.add(again.submit(() -> {
                go.await();
                return register(event, person("Dieselbe Person", "dieselbe-" + run + "@example.org"))
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : same) {
            codes.add(f.get());
        }
        again.shutdown();
        assertThat(codes).containsOnly(200, 201);
        assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        assertThat(registrations(event).getList("findAll { it.name == 'Dieselbe Person' }"))
                .hasSize(1);
    }
}
