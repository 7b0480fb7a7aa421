package de.pakt.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Also the roadmap fixtures other features' tests use (LANGUAGE, measure, create). */
@QuarkusTest
public class RoadmapResourceTest {

    public static final String LANGUAGE = "7a000000-0000-4000-8000-000000000001";

    public static Map<String, Object> measure(String title, String status, int progress) {
        Map<String, Object> m = new HashMap<>(Map.of(
                "title",
                title,
                "status",
                status,
                "progress",
                progress,
                "topicId",
                LANGUAGE,
                "partners",
                List.of("Lucas-Moser-Schule"),
                "buildsOnExisting",
                true,
                "public",
                true));
        m.put("startDate", "2019-11-01");
        m.put("endDate", "2020-07-31");
        return m;
    }

    public static String create(RequestSpecification as, String path, Map<String, Object> body) {
        return as.contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theMunicipalityKeepsItsRoadmapAndProgressRollsUp() {
        var d = SiteFixtures.decidedRound();
        String site = d.stuttgartSite();
        var stuttgart = Api.as(Tokens.municipality(STUTTGART));
        stuttgart
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("progress", nullValue());
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("vision", "Alle finden Anschluss an Vereine und Ehrenamt."))
                .put("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .body("vision", equalTo("Alle finden Anschluss an Vereine und Ehrenamt."));

        String goal = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + site + "/goals",
                Map.of(
                        "title",
                        "Lernbegleitung ausbauen",
                        "indicator",
                        Map.of("name", "Kinder in der Lerninsel", "baseline", 0, "target", 30, "current", 12)));
        String lerninsel = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + goal + "/measures",
                measure("Lerninsel", "IN_PROGRESS", 40));
        String sprachcafe = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + goal + "/measures",
                measure("Sprachcafé", "PLANNED", 0));
        Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .body("progress", closeTo(20.0, 1e-9))
                .body("goals[0].indicator.current", closeTo(12.0, 1e-9))
                .body("goals[0].measures.title", org.hamcrest.Matchers.contains("Lerninsel", "Sprachcafé"));

        // A new measure is version 0; its ETag after the change is "1".
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(measure("Lerninsel", "DONE", 40))
                .put("/api/v1/measures/{id}", lerninsel)
                .then()
                .statusCode(200)
                .body("progress", equalTo(100))
                .header("ETag", "\"1\"");
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(measure("Lerninsel", "DONE", 40))
                .put("/api/v1/measures/{id}", lerninsel)
                .then()
                .statusCode(412);
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(measure("Sprachcafé", "DROPPED", 0))
                .put("/api/v1/measures/{id}", sprachcafe)
                .then()
                .statusCode(200);
        // A second goal without measures is left out of the mean.
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + site + "/goals",
                Map.of("title", "Wohnraum vermitteln"));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .body("progress", closeTo(100.0, 1e-9))
                .body("goals[0].progress", closeTo(100.0, 1e-9))
                .body("goals[1].progress", nullValue());
    }

    @Test
    void onlyTheSitesOwnPeopleWorkOnItsRoadmap() {
        var d = SiteFixtures.decidedRound();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "erik." + suffix + "@example.org";
        String erik = SiteFixtures.facilitator("Erik Beispiel " + suffix, email, 3);
        SiteFixtures.assign(d.stuttgartSite(), Map.of("leadFacilitatorId", erik))
                .statusCode(200);

        Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/roadmap", d.stuttgartSite())
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Fremdes Ziel"))
                .post("/api/v1/sites/{id}/goals", d.stuttgartSite())
                .then()
                .statusCode(404);
        Api.as(Tokens.facilitator("someone." + suffix + "@example.org"))
                .get("/api/v1/sites/{id}/roadmap", d.stuttgartSite())
                .then()
                .statusCode(404);
        String goal = create(
                Api.as(Tokens.facilitator(email)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Ehrenamt stärken"));
        create(
                Api.as(Tokens.facilitator(email)),
                "/api/v1/goals/" + goal + "/measures",
                measure("Ehrenamtsbörse", "PLANNED", 0));
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .body(measure("Fremd", "PLANNED", 0))
                .post("/api/v1/goals/{id}/measures", goal)
                .then()
                .statusCode(404);
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Lesen ja, schreiben nein"))
                .post("/api/v1/sites/{id}/goals", d.stuttgartSite())
                .then()
                .statusCode(403);

        Api.as(Tokens.facilitator(email))
                .header("If-Match", "\"0\"")
                .delete("/api/v1/goals/{id}", goal)
                .then()
                .statusCode(409)
                .body("detail", containsString("noch 1 Maßnahme"));
        String empty = create(
                Api.as(Tokens.facilitator(email)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Leeres Ziel"));
        Api.as(Tokens.facilitator(email))
                .header("If-Match", "\"0\"")
                .delete("/api/v1/goals/{id}", empty)
                .then()
                .statusCode(204);
        Api.as(Tokens.facilitator(email))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Ohne Thema", "topicId", UUID.randomUUID().toString()))
                .post("/api/v1/goals/{id}/measures", goal)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("topicId"));
    }

    @Test
    void milestonesComeFromTheProcessModulesAndTheSiteAdaptsThem() {
        var d = SiteFixtures.decidedRound();
        String site = d.stuttgartSite();
        var stuttgart = Api.as(Tokens.municipality(STUTTGART));
        create(stuttgart, "/api/v1/sites/" + site + "/goals", Map.of("title", "Ankommen erleichtern"));
        var roadmap = Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .body(
                        "milestones.title",
                        org.hamcrest.Matchers.contains("Auftaktgespräch", "Bestandsaufnahme", "Abschlusspräsentation"))
                .extract();
        String kickoff = roadmap.path("milestones[0].id");
        String stocktaking = roadmap.path("milestones[1].id");
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Auftaktgespräch im Rathaus", "dueDate", "2019-10-15", "doneOn", "2019-10-15"))
                .put("/api/v1/milestones/{id}", kickoff)
                .then()
                .statusCode(200)
                .body("doneOn", equalTo("2019-10-15"))
                .body("version", equalTo(1));
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Zu spät"))
                .put("/api/v1/milestones/{id}", kickoff)
                .then()
                .statusCode(412);
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Bestandsaufnahme", "dropped", true))
                .put("/api/v1/milestones/{id}", stocktaking)
                .then()
                .statusCode(200);
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + site + "/milestones",
                Map.of("title", "Integrationsfest", "dueDate", "2020-06-20"));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .body(
                        "milestones.title",
                        org.hamcrest.Matchers.contains(
                                "Auftaktgespräch im Rathaus",
                                "Bestandsaufnahme",
                                "Abschlusspräsentation",
                                "Integrationsfest"))
                .body("milestones[1].dropped", equalTo(true));
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("title", "Fremd"))
                .put("/api/v1/milestones/{id}", kickoff)
                .then()
                .statusCode(404);
    }

    @Test
    void aRoadmapIsAdoptedByTheCouncilImplementedAndCompleted() {
        var d = SiteFixtures.decidedRound();
        String site = d.karlsruheSite();
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("vision", "Gemeinsam"))
                .put("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200);
        Map<String, Object> adoption =
                Map.of("adoptedOn", "2020-03-10", "councilResolution", "Gemeinderatsbeschluss Nr. 23/2020");
        step(site, "adoption", adoption).statusCode(409).body("detail", containsString("ohne Ziele"));
        create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/sites/" + site + "/goals",
                Map.of("title", "Teilhabe stärken"));
        step(site, "implementation-start", null).statusCode(409);
        step(site, "adoption", adoption)
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("councilResolution", equalTo("Gemeinderatsbeschluss Nr. 23/2020"))
                .body("adoptedOn", equalTo("2020-03-10"));
        step(site, "adoption", adoption).statusCode(409);
        step(site, "implementation-start", null).statusCode(200).body("status", equalTo("IN_IMPLEMENTATION"));
        step(site, "completion", null).statusCode(200).body("status", equalTo("COMPLETED"));
        // Completed, and still the municipality's to read.
        Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .body("vision", equalTo("Gemeinsam"));
    }

    @Test
    void theRoadmapOutlivesTheFacilitationAndTheRound() {
        var d = SiteFixtures.decidedRound();
        String site = d.karlsruheSite();
        String goal = create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/sites/" + site + "/goals",
                Map.of("title", "Weitermachen"));
        de.pakt.round.RoundFixtures.roundAction(d.roundId(), "start").statusCode(200);
        de.pakt.round.RoundFixtures.roundAction(d.roundId(), "closing")
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        // After the round: the municipality still reads and keeps working on its own roadmap.
        create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/goals/" + goal + "/measures",
                measure("Sprachpatenschaften", "IN_PROGRESS", 30));
        Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200)
                .body("goals[0].measures[0].title", equalTo("Sprachpatenschaften"))
                .body("progress", closeTo(30.0, 1e-9));
        Api.as(Tokens.municipality(KARLSRUHE))
                .accept(RoadmapExportTest.PDF)
                .get("/api/v1/sites/{id}/roadmap/export?format=pdf", site)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
    }

    /** An indicator beyond what the roadmap stores is refused with its field named, not as a database error. */
    @Test
    void anIndicatorOutOfRangeNamesTheField() {
        var d = SiteFixtures.decidedRound();
        Api.as(Tokens.municipality(KARLSRUHE))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Zu groß", "indicator", Map.of("name", "Engagierte", "target", 1e13)))
                .post("/api/v1/sites/{id}/goals", d.karlsruheSite())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("indicator.target"))
                .body("errors[0].message", containsString("zwischen -999.999.999.999,99 und 999.999.999.999,99"));
    }

    /** Four first writes at once (two people, two tabs): each is saved, and the site gets one roadmap. */
    @Test
    void firstWritesAtOnceCreateOneRoadmapAndLoseNothing() throws Exception {
        var d = SiteFixtures.decidedRound();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String title = "Ziel " + i;
            sent.add(pool.submit(() -> Api.as(Tokens.municipality(KARLSRUHE))
                    .contentType(ContentType.JSON)
                    .body(Map.of("title", title))
                    .post("/api/v1/sites/{id}/goals", d.karlsruheSite())
                    .statusCode()));
        }
        for (var f : sent) {
            org.assertj.core.api.Assertions.assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        // One roadmap: the programme's milestones once, as for a roadmap begun by a single write.
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Ziel"));
        int once = Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/roadmap", d.stuttgartSite())
                .then()
                .extract()
                .path("milestones.size()");
        Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/roadmap", d.karlsruheSite())
                .then()
                .statusCode(200)
                .body("goals.title", org.hamcrest.Matchers.containsInAnyOrder("Ziel 1", "Ziel 2", "Ziel 3", "Ziel 4"))
                .body("milestones.size()", equalTo(once));
    }

    static io.restassured.response.ValidatableResponse step(String site, String action, Map<String, Object> body) {
        String etag = Api.as(Tokens.municipality(KARLSRUHE))
                .get("/api/v1/sites/{id}/roadmap", site)
                .header("ETag");
        var request = Api.as(Tokens.municipality(KARLSRUHE)).header("If-Match", etag);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/sites/{id}/roadmap/" + action, site).then();
    }
}
