package de.pakt.dashboard;

import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.roadmap.RoadmapResourceTest;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Statements;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each dashboard request costs a fixed number of SQL statements, however much data there is: more rounds, sites
 * and measures must not add a single statement (an N+1 would). Counted by Hibernate's statistics (test profile).
 */
@QuarkusTest
class DashboardStatementsTest {

    /** The budget per request; DashboardService has one aggregation per figure. */
    static final long DASHBOARD_BUDGET = 16;

    @Inject
    SessionFactory sessions;

    @Inject
    DemoData demoData;

    long statements(String path) {
        return Statements.fewest(
                sessions,
                () -> Api.asRole(Roles.STEERING_GROUP).get(path).then().statusCode(200));
    }

    @Test
    void moreDataCostsNoMoreStatements() {
        demoData.load();
        Map<String, Long> before = Map.of(
                "dashboard",
                statements("/api/v1/dashboard"),
                "round",
                statements("/api/v1/dashboard?roundId=" + de.pakt.demo.RoundDemoData.id("round-2")),
                "cohorts",
                statements("/api/v1/dashboard/cohorts"),
                "sites",
                statements("/api/v1/dashboard/lists/sites"),
                "measures",
                statements("/api/v1/dashboard/lists/measures"));
        assertThat(before.get("dashboard")).isBetween(1L, DASHBOARD_BUDGET);
        assertThat(before.get("cohorts")).isLessThanOrEqualTo(10L);
        assertThat(before.get("sites")).isLessThanOrEqualTo(2L);

        // Two more decided rounds with sites, goals and measures.
        for (int n = 0; n < 2; n++) {
            var d = SiteFixtures.decidedRound();
            String goal = RoadmapResourceTest.create(
                    Api.as(Tokens.municipality(RoundFixtures.STUTTGART)),
                    "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                    Map.of("title", "Mehr Daten"));
            for (int m = 0; m < 3; m++) {
                RoadmapResourceTest.create(
                        Api.as(Tokens.municipality(RoundFixtures.STUTTGART)),
                        "/api/v1/goals/" + goal + "/measures",
                        RoadmapResourceTest.measure("Maßnahme " + m, "IN_PROGRESS", 10 * m));
            }
        }
        Map<String, Long> after = Map.of(
                "dashboard",
                statements("/api/v1/dashboard"),
                "round",
                statements("/api/v1/dashboard?roundId=" + de.pakt.demo.RoundDemoData.id("round-2")),
                "cohorts",
                statements("/api/v1/dashboard/cohorts"),
                "sites",
                statements("/api/v1/dashboard/lists/sites"),
                "measures",
                statements("/api/v1/dashboard/lists/measures"));
        assertThat(after).isEqualTo(before);
    }
}
