package de.pakt.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.persistence.CommittedState;
import de.pakt.common.security.Roles;
import de.pakt.notification.service.NotificationPlanner;
import de.pakt.selection.service.RankingService;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.round.RoundFixtures.member;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.review;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static de.pakt.round.RoundFixtures.scores;
import static de.pakt.round.RoundFixtures.submittedApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ranking is kept per replica while the database's snapshot stays the one it was read at (ADR 0021, on in tests as
 * in production): a repeated ranking costs only the snapshot's statement, and whoever has just written — through the
 * API, or past it by plain SQL — sees the write in the very next ranking, with no signal to wait for.
 */
@QuarkusTest
class RankingCacheTest {

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @Inject
    RankingService ranking;

    @Inject
    CommittedState committed;

    @Inject
    NotificationPlanner planner;

    record Counted(JsonPath body, long statements) {}

    Counted ranking(String roundId) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        JsonPath body = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/ranking", roundId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Counted(body, sessions.getStatistics().getPrepareStatementCount() - before);
    }

    /**
     * The statements of a ranking asked for again: the fewest of three, as a commit of PostgreSQL's own (autovacuum's
     * analyze) between two requests drops the cache too.
     */
    long repeated(String roundId) {
        ranking(roundId);
        return Statements.fewest(sessions, () -> ranking(roundId));
    }

    /** A commit that writes nothing of the ranking's, past Hibernate: it only moves the snapshot on. */
    void anUnrelatedCommit() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("select pg_current_xact_id()").getSingleResult());
    }

    @Test
    void aRepeatedRankingCostsOnlyTheSnapshotAndAWriteShowsAtOnce() {
        String roundId = openRound(roundInput(program()));
        String stuttgart = submittedApplication(STUTTGART, roundId, 1_000_000);
        String karlsruhe = submittedApplication(KARLSRUHE, roundId, 1_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        review(member("erik"), stuttgart, scores(2, 2));
        review(member("erik"), karlsruhe, scores(3, 3));

        Counted first = ranking(roundId);
        assertThat(first.statements()).as("snapshot and scores").isEqualTo(2);
        Counted again = ranking(roundId);
        assertThat(repeated(roundId)).as("the snapshot only").isEqualTo(1);
        assertThat(again.body().getMap("")).isEqualTo(first.body().getMap(""));
        assertThat(again.body().getList("items.applicant.key")).containsExactly(KARLSRUHE, STUTTGART);

        // Another member's review, saved through the API: the next ranking has it, on the first try.
        review(member("frieda"), stuttgart, scores(5, 5));
        Counted afterReview = ranking(roundId);
        assertThat(afterReview.statements()).isEqualTo(2);
        assertThat(afterReview.body().getList("items.applicant.key")).containsExactly(STUTTGART, KARLSRUHE);
        assertThat(afterReview.body().getInt("items[0].countingReviews")).isEqualTo(2);

        // Past the API, by plain SQL: no outbox entry, no code of the application knows of it.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                update review_score set score = 1
                                where review_id in (select id from review where application_id = ?1)""")
                        .setParameter(1, UUID.fromString(stuttgart))
                        .executeUpdate());
        assertThat(ranking(roundId).body().getList("items.applicant.key")).containsExactly(KARLSRUHE, STUTTGART);

        // Any commit at all, even one that changes nothing of the ranking's, drops it.
        assertThat(repeated(roundId)).isEqualTo(1);
        anUnrelatedCommit();
        assertThat(ranking(roundId).statements()).isEqualTo(2);
    }

    @Test
    void insideATransactionThatHasWrittenTheCacheStepsAside() {
        String roundId = openRound(roundInput(program()));
        String stuttgart = submittedApplication(STUTTGART, roundId, 1_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        review(member("gerd"), stuttgart, scores(2, 2));
        double committedScore = ranking(roundId).body().getDouble("items[0].weightedScore");

        // Its own uncommitted write is visible to the transaction, and to nobody else: not kept for anybody.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("""
                                    update review_score set score = 5
                                    where review_id in (select id from review where application_id = ?1)""")
                            .setParameter(1, UUID.fromString(stuttgart))
                            .executeUpdate();
                    assertThat(committed.current()).isEmpty();
                    Double inside = ranking.rank(UUID.fromString(roundId))
                            .orElseThrow()
                            .ranked()
                            .get(0)
                            .weightedScore();
                    assertThat(inside).isEqualTo(5.0);
                    // Meanwhile another caller, at the snapshot this transaction's write did not change: the committed
                    // scores, not the ones read inside.
                    assertThat(ranking(roundId).body().getDouble("items[0].weightedScore"))
                            .isEqualTo(committedScore);
                    throw new IllegalStateException("roll back");
                }))
                .hasMessage("roll back");

        assertThat(ranking(roundId).body().getDouble("items[0].weightedScore")).isEqualTo(committedScore);
    }

    /** Three tries, as a commit of PostgreSQL's own (autovacuum's analyze) may fall between; a planner that writes fails all. */
    @Test
    void anIdleNotificationPlannerCommitsNoWrite() {
        planner.runUntilIdle();
        List<Boolean> unchanged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Optional<String> before = QuarkusTransaction.requiringNew().call(committed::current);
            assertThat(before).isPresent();
            assertThat(planner.runOnce()).isZero();
            unchanged.add(before.equals(QuarkusTransaction.requiringNew().call(committed::current)));
        }
        assertThat(unchanged)
                .as("the database's state unchanged by an idle planner's round")
                .contains(true);
    }
}
