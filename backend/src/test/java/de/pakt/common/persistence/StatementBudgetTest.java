package de.pakt.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.roadmap.RoadmapResourceTest;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Statements;
import de.pakt.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoints make bench measures (docs/performance.md) cost a fixed number of SQL statements however much data
 * there is: a site with nine more measures and another decided round with public measures must not add a statement
 * to the site's detail or the public measures list (an N+1 would). The dashboard has its own test
 * (DashboardStatementsTest). Counted by Hibernate's statistics.
 */
@QuarkusTest
class StatementBudgetTest {

    @Inject
    SessionFactory sessions;

    @Inject
    DemoData demoData;

    @Inject
    AgroalDataSource dataSource;

    long statements(String role, String path) {
        return Statements.fewest(
                sessions,
                () -> (role == null ? Api.anonymous() : Api.asRole(role))
                        .get(path)
                        .then()
                        .statusCode(200));
    }

    /** As {@link #statements}, each request after a commit, so that the ranking's cache (ADR 0021) reads afresh. */
    long uncachedStatements(String role, String path) {
        return Statements.fewest(sessions, () -> {
            commitPastHibernate();
            Api.asRole(role).get(path).then().statusCode(200);
        });
    }

    /** A commit that moves the database's snapshot on, by plain JDBC: not counted by Hibernate's statistics. */
    void commitPastHibernate() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_current_xact_id()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Long> measure(SiteFixtures.Decided decided) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("site detail", statements(Roles.PROGRAM_OFFICE, "/api/v1/sites/" + decided.stuttgartSite()));
        counts.put("public measures", statements(null, "/api/v1/public/measures?size=20"));
        counts.put("area search", statements(null, "/api/v1/administrative-areas?size=20&q=stadt"));
        counts.put(
                "ranking",
                uncachedStatements(Roles.STEERING_GROUP, "/api/v1/rounds/" + decided.roundId() + "/ranking"));
        return counts;
    }

    @Test
    void moreDataCostsNoMoreStatements() {
        demoData.load();
        var decided = SiteFixtures.decidedRound();
        Map<String, Long> before = measure(decided);
        assertThat(before.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 10L));
        // Issue 16: the most frequent read answers in one round trip (site, names and partners joined).
        assertThat(before.get("site detail")).isEqualTo(1L);
        // The public measures: the page with its names and count, then the page's partners.
        assertThat(before.get("public measures")).isEqualTo(2L);
        // The area search: the page, the names above each hit and the count in one statement (was 3).
        assertThat(before.get("area search")).isEqualTo(1L);
        // The ranking: the database's snapshot (its cache's check), then round, applications, names, review counts and
        // score sums in one statement (was 8); repeated before the next commit, the snapshot only (RankingCacheTest).
        assertThat(before.get("ranking")).isEqualTo(2L);

        for (int n = 0; n < 3; n++) {
            String goal = RoadmapResourceTest.create(
                    Api.as(Tokens.municipality(RoundFixtures.STUTTGART)),
                    "/api/v1/sites/" + decided.stuttgartSite() + "/goals",
                    Map.of("title", "Mehr Daten " + n));
            for (int m = 0; m < 3; m++) {
                RoadmapResourceTest.create(
                        Api.as(Tokens.municipality(RoundFixtures.STUTTGART)),
                        "/api/v1/goals/" + goal + "/measures",
                        RoadmapResourceTest.measure("Maßnahme " + n + "." + m, "IN_PROGRESS", 10 * m));
            }
        }
        SiteFixtures.decidedRound();

        assertThat(measure(decided)).isEqualTo(before);
    }
}
