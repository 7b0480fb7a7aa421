package de.pakt.network;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.roadmap.RoadmapResourceTest;
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
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ExchangeAndGoodPracticeTest {

    /** A held event of the round's programme that people of the given sites attended. */
    static String heldEventAttendedBy(String programId, Map<String, String> siteByMunicipality) {
        Map<String, Object> input = eventInput(programId, 50, Instant.now().minus(2, ChronoUnit.HOURS));
        input.put(
                "registrationDeadline", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        String event = openEvent(input);
        List<String> registrations = new java.util.ArrayList<>();
        siteByMunicipality.forEach((key, site) -> {
            Map<String, Object> p = person("Person aus " + key, key + "-" + event.substring(0, 6) + "@example.org");
            p.put("siteId", site);
            registrations.add(register(Tokens.municipality(key), event, p).path("id"));
        });
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", NetworkFixtures.etag(event))
                .post("/api/v1/events/{id}/completion", event)
                .then()
                .statusCode(200);
        registrations.forEach(id -> Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ATTENDED"))
                .put("/api/v1/registrations/{id}/attendance", id)
                .then()
                .statusCode(200));
        return event;
    }

    @Test
    void sitesThatAttendedTheSameEventsMetThere() {
        var d = SiteFixtures.decidedRound();
        String program = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}", d.roundId())
                .then()
                .extract()
                .path("programId");
        String both = heldEventAttendedBy(program, Map.of(STUTTGART, d.stuttgartSite(), KARLSRUHE, d.karlsruheSite()));
        heldEventAttendedBy(program, Map.of(STUTTGART, d.stuttgartSite()));

        JsonPath exchange = Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/exchange", d.stuttgartSite())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(exchange.getList("events")).hasSize(2);
        assertThat(exchange.getList("events.find { it.event.id == '" + both + "' }.sitesMet.siteId"))
                .containsExactly(d.karlsruheSite());
        assertThat(exchange.getString("sitesMet[0].site.applicant.name")).isEqualTo("Karlsruhe");
        assertThat(exchange.getInt("sitesMet[0].sharedEvents")).isEqualTo(1);
        Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/exchange", d.stuttgartSite())
                .then()
                .statusCode(404);

        JsonPath matrix = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/exchange/matrix?roundId=" + d.roundId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(matrix.getList("sites.applicant.name")).containsExactly("Karlsruhe", "Stuttgart");
        assertThat(matrix.getList("pairs")).hasSize(1);
        assertThat(matrix.getString("pairs[0].a")).isEqualTo(d.karlsruheSite());
        assertThat(matrix.getInt("pairs[0].sharedEvents")).isEqualTo(1);
    }

    @Test
    void aSitesMeasureBecomesAPublishedGoodPractice() {
        var d = SiteFixtures.decidedRound();
        String goal = RoadmapResourceTest.create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Lernbegleitung"));
        String measure = RoadmapResourceTest.create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + goal + "/measures",
                RoadmapResourceTest.measure("Lerninsel", "IN_PROGRESS", 50));
        Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/exchange/topics")
                .then()
                .statusCode(200)
                .body(
                        "find { it.topic.name == 'Spracherwerb und Bildung' }.sites.site.siteId",
                        org.hamcrest.Matchers.hasItem(d.stuttgartSite()));

        Map<String, Object> practice = new java.util.HashMap<>(Map.of(
                "measureId",
                measure,
                "title",
                "Lerninsel Stuttgart",
                "topicId",
                RoadmapResourceTest.LANGUAGE,
                "description",
                "Lernförderung für alle Kinder mit Unterstützungsbedarf, mit der Schule abgestimmt.",
                "contactRole",
                "Integrationsstelle der Stadt",
                "published",
                false));
        var created = Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .body(practice)
                .post("/api/v1/sites/{id}/good-practices", d.stuttgartSite())
                .then()
                .statusCode(201)
                .body("place.key", equalTo(STUTTGART))
                .extract();
        String id = created.path("id");
        assertThat(Api.anonymous()
                        .get("/api/v1/public/good-practices")
                        .then()
                        .extract()
                        .jsonPath()
                        .<String>getList("id"))
                .doesNotContain(id);

        practice.put("published", true);
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(practice)
                .put("/api/v1/good-practices/{id}", id)
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(practice)
                .put("/api/v1/good-practices/{id}", id)
                .then()
                .statusCode(200)
                .body("published", equalTo(true));
        Api.anonymous()
                .get("/api/v1/public/good-practices?topicId=" + RoadmapResourceTest.LANGUAGE)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.contactRole", equalTo("Integrationsstelle der Stadt"));

        // A measure of another site is not this site's practice.
        String foreignGoal = RoadmapResourceTest.create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/sites/" + d.karlsruheSite() + "/goals",
                Map.of("title", "Fremdes Ziel"));
        String foreign = RoadmapResourceTest.create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/goals/" + foreignGoal + "/measures",
                RoadmapResourceTest.measure("Fremd", "PLANNED", 0));
        practice.put("measureId", foreign);
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .body(practice)
                .post("/api/v1/sites/{id}/good-practices", d.stuttgartSite())
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("measureId"));
    }
}
