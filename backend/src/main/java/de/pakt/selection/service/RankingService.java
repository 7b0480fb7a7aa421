package de.pakt.selection.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import de.pakt.application.Application;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
import de.pakt.common.persistence.CommittedState;
import de.pakt.common.persistence.SnapshotScopedCache;
import de.pakt.selection.service.RankingQueries.ApplicationScores;
import de.pakt.selection.service.RankingQueries.CriterionScores;
import de.pakt.selection.service.RankingQueries.RankedApplication;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The ranking of a round: weighted mean over the counting reviews (conflicts of interest do not count),
 * computed per criterion first (mean of the members' scores), then weighted. Ties: the earlier submission
 * first, then the smaller application id. Applications without a counting review come last.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    public static final Message TIE_BREAK_RULE = Message.of("selection.ranking.tieBreakRule");

    public record CriterionMean(String key, int weight, double mean) {}

    public record Ranked(
            int rank,
            RankedApplication application,
            Double weightedScore,
            int countingReviews,
            int conflicts,
            List<CriterionMean> criteria) {

        Ranked withRank(int position) {
            return new Ranked(position, application, weightedScore, countingReviews, conflicts, criteria);
        }
    }

    public record RoundRanking(int scoreScaleMax, List<Ranked> ranked) {}

    static final List<Application.Status> RANKED = List.of(
            Application.Status.SUBMITTED,
            Application.Status.SELECTED,
            Application.Status.WAITLISTED,
            Application.Status.REJECTED);

    private static final Comparator<Ranked> ORDER = Comparator.comparing(
                    (Ranked r) -> r.weightedScore() == null ? 1 : 0)
            .thenComparing(r -> r.weightedScore() == null ? 0 : -r.weightedScore())
            .thenComparing(r -> r.application().submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.application().id());

    /** Rounds whose scores one replica keeps; a programme has a few. */
    private static final int MAX_CACHED_ROUNDS = 200;

    @Inject
    RankingQueries queries;

    @Inject
    CommittedState committed;

    @Inject
    PaktConfig config;

    private SnapshotScopedCache<UUID, Optional<RoundRanking>> cache;

    @PostConstruct
    void init() {
        cache = new SnapshotScopedCache<>(committed, () -> config.ranking().cacheEnabled(), MAX_CACHED_ROUNDS);
    }

    /**
     * One statement, whatever the number of applications and reviews, and none but the snapshot's while nothing has
     * been committed since this replica last read the round (ADR 0021); empty when the round does not exist. The cache
     * keeps the finished ranking, so a repeated request neither scores nor sorts again.
     */
    public Optional<RoundRanking> rank(UUID roundId) {
        return cache.get(roundId, id -> queries.scores(id).map(RankingService::rank));
    }

    /** Shared by every caller while it is cached, so nothing in it can be changed. */
    static RoundRanking rank(RankingQueries.RoundScores scores) {
        List<Ranked> ordered = scores.applications().stream()
                .map(RankingService::score)
                .sorted(ORDER)
                .toList();
        List<Ranked> ranked = IntStream.range(0, ordered.size())
                .mapToObj(i -> ordered.get(i).withRank(i + 1))
                .toList();
        return new RoundRanking(scores.scoreScaleMax(), ranked);
    }

    /** Criteria without a counting score do not count, neither in the sum nor in the weights. */
    static Ranked score(ApplicationScores application) {
        List<CriterionMean> means = new ArrayList<>();
        double weighted = 0;
        int weights = 0;
        for (CriterionScores c : application.criteria()) {
            double mean = (double) c.sum() / c.count();
            means.add(new CriterionMean(c.key(), c.weight(), mean));
            weighted += c.weight() * mean;
            weights += c.weight();
        }
        Double score = weights == 0 ? null : weighted / weights;
        return new Ranked(
                0,
                application.application(),
                score,
                application.countingReviews(),
                application.conflicts(),
                List.copyOf(means));
    }
}
