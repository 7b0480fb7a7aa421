package de.pakt.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static de.pakt.roadmap.RoadmapResourceTest.create;
import static de.pakt.roadmap.RoadmapResourceTest.measure;
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Progress one and two levels above the roadmap: round and programme, computed in the database. */
@QuarkusTest
class ProgressRollUpTest {

    @Test
    void roundAndProgrammeProgressFollowTheDocumentedRule() {
        var d = SiteFixtures.decidedRound();
        String programId = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}", d.roundId())
                .then()
                .extract()
                .path("programId");
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/progress", d.roundId())
                .then()
                .statusCode(200)
                .body("progress", nullValue())
                .body("sites.size()", equalTo(2))
                .body("measures.planned", equalTo(0));

        // Stuttgart: goal A = mean(40, 100) = 70; goal B has only a dropped measure and is left out → site 70.
        String a = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Ziel A"));
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + a + "/measures",
                measure("Maßnahme A1", "IN_PROGRESS", 40));
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + a + "/measures",
                measure("Maßnahme A2", "DONE", 10));
        String b = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Ziel B"));
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + b + "/measures",
                measure("Maßnahme B1", "DROPPED", 90));
        // Karlsruhe: one goal = mean(0, 50) = 25.
        String k = create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/sites/" + d.karlsruheSite() + "/goals",
                Map.of("title", "Ziel K"));
        create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/goals/" + k + "/measures",
                measure("Maßnahme K1", "PLANNED", 0));
        create(
                Api.as(Tokens.municipality(KARLSRUHE)),
                "/api/v1/goals/" + k + "/measures",
                measure("Maßnahme K2", "ON_HOLD", 50));

        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/progress", d.roundId())
                .then()
                .statusCode(200)
                .body("progress", closeTo(47.5, 1e-9))
                .body("measures.planned", equalTo(1))
                .body("measures.inProgress", equalTo(1))
                .body("measures.done", equalTo(1))
                .body("measures.onHold", equalTo(1))
                .body("measures.dropped", equalTo(1))
                .body("sites.find { it.siteId == '" + d.stuttgartSite() + "' }.progress", closeTo(70.0, 1e-9))
                .body("sites.find { it.siteId == '" + d.karlsruheSite() + "' }.progress", closeTo(25.0, 1e-9))
                .body("sites.find { it.siteId == '" + d.karlsruheSite() + "' }.measures.onHold", equalTo(1));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/programs/{id}/progress", programId)
                .then()
                .statusCode(200)
                .body("progress", closeTo(47.5, 1e-9))
                .body("rounds.size()", equalTo(1))
                .body("rounds[0].roundId", equalTo(d.roundId()))
                .body("rounds[0].sitesWithProgress", equalTo(2))
                .body("measures.dropped", equalTo(1));
    }

    /** The database's roll-up agrees with the roadmap's own (Java) roll-up on random roadmaps. */
    @Test
    void theDatabaseAgreesWithEachRoadmapOnRandomMeasures() {
        var d = SiteFixtures.decidedRound();
        Random random = new Random(20191015);
        String[] statuses = {"PLANNED", "IN_PROGRESS", "DONE", "ON_HOLD", "DROPPED"};
        for (String[] site :
                List.of(new String[] {STUTTGART, d.stuttgartSite()}, new String[] {KARLSRUHE, d.karlsruheSite()})) {
            for (int g = 0; g < 3; g++) {
                String goal = create(
                        Api.as(Tokens.municipality(site[0])),
                        "/api/v1/sites/" + site[1] + "/goals",
                        Map.of("title", "Ziel " + g));
                for (int m = random.nextInt(4); m > 0; m--) {
                    create(
                            Api.as(Tokens.municipality(site[0])),
                            "/api/v1/goals/" + goal + "/measures",
                            measure("Maßnahme " + m, statuses[random.nextInt(statuses.length)], random.nextInt(101)));
                }
            }
        }
        List<Double> perSite = new ArrayList<>();
        for (String id : List.of(d.stuttgartSite(), d.karlsruheSite())) {
            Number p = Api.asRole(Roles.STEERING_GROUP)
                    .get("/api/v1/sites/{id}/roadmap", id)
                    .then()
                    .extract()
                    .path("progress");
            Number q = Api.asRole(Roles.STEERING_GROUP)
                    .get("/api/v1/rounds/{id}/progress", d.roundId())
                    .then()
                    .extract()
                    .path("sites.find { it.siteId == '" + id + "' }.progress");
            assertThat(q == null).isEqualTo(p == null);
            if (p != null) {
                assertThat(q.doubleValue()).isCloseTo(p.doubleValue(), within(1e-4));
                perSite.add(p.doubleValue());
            }
        }
        Number round = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/progress", d.roundId())
                .then()
                .extract()
                .path("progress");
        if (perSite.isEmpty()) {
            assertThat(round).isNull();
        } else {
            assertThat(round.doubleValue())
                    .isCloseTo(
                            perSite.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .average()
                                    .orElseThrow(),
                            within(1e-4));
        }
    }
}
