package de.pakt.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.CachesOn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cache on (as in production; the other tests run without it), a repeated dashboard costs no statement, and
 * a change — even one written past the API, by plain SQL — shows in the next figures as soon as its commit is heard,
 * well before the time-to-live. Without the trigger and the listener the change would stay hidden for ten minutes.
 */
@QuarkusTest
@TestProfile(CachesOn.class)
class DashboardCacheTest {

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    JsonPath dashboard(String roundId) {
        return Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/dashboard?roundId=" + roundId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aRepeatedDashboardIsServedFromTheCacheUntilDataChange() throws InterruptedException {
        SiteFixtures.Decided decided = SiteFixtures.decidedRound();
        JsonPath first = dashboard(decided.roundId());
        int completed = first.getInt("sites.completed");

        long before = sessions.getStatistics().getPrepareStatementCount();
        JsonPath again = dashboard(decided.roundId());
        assertThat(sessions.getStatistics().getPrepareStatementCount() - before)
                .as("statements of a repeated dashboard")
                .isZero();
        assertThat(again.getMap("")).isEqualTo(first.getMap(""));

        // Past the API: no outbox entry, no code path of the application knows of it; the table's trigger does.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update site set status = 'COMPLETED' where id = ?1")
                        .setParameter(1, UUID.fromString(decided.stuttgartSite()))
                        .executeUpdate());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int seen = dashboard(decided.roundId()).getInt("sites.completed");
        while (seen == completed && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            seen = dashboard(decided.roundId()).getInt("sites.completed");
        }
        assertThat(seen).as("completed sites after the change").isEqualTo(completed + 1);
    }

    /** Many callers asking at once for figures not yet computed: one computes, the others wait for its result. */
    @Test
    void callersAtOnceComputeTheFiguresOnce() throws Exception {
        String oneRound = SiteFixtures.decidedRound().roundId();
        long before = sessions.getStatistics().getPrepareStatementCount();
        dashboard(oneRound);
        long once = sessions.getStatistics().getPrepareStatementCount() - before;
        assertThat(once).isPositive();

        String otherRound = SiteFixtures.decidedRound().roundId();
        int callers = 8;
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            before = sessions.getStatistics().getPrepareStatementCount();
            List<Future<Map<String, Object>>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return dashboard(otherRound).getMap("");
                }));
            }
            Map<String, Object> first = answers.get(0).get();
            for (Future<Map<String, Object>> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
            assertThat(sessions.getStatistics().getPrepareStatementCount() - before)
                    .as("statements of %d callers at once", callers)
                    .isEqualTo(once);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every table but the technical ones signals its changes; a new table must be put in one of the two lists. */
    @Test
    void everyDomainTableSignalsItsChanges() {
        List<String> technical = List.of(
                "flyway_schema_history",
                "outbox",
                "webhook_subscription",
                "webhook_delivery",
                "webhook_attempt",
                "idempotency_key",
                "notification_preference",
                "notification",
                "notification_cursor",
                "audit_event",
                "calendar_token");
        @SuppressWarnings("unchecked")
        List<String> silent = em.createNativeQuery("""
                select t.table_name::text from information_schema.tables t
                where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
                                  where c.relname = t.table_name and g.tgname = t.table_name || '_changed')
                order by 1
                """).getResultList();
        assertThat(silent).as("tables without the change trigger").containsExactlyInAnyOrderElementsOf(technical);
    }
}
