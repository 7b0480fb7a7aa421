package de.pakt.selection.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.common.i18n.Message;
import de.pakt.round.Criterion;
import de.pakt.round.FundingRound;
import de.pakt.selection.Review;
import jakarta.enterprise.context.ApplicationScoped;
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
            Application application,
            Double weightedScore,
            int countingReviews,
            int conflicts,
            List<CriterionMean> criteria) {}

    static final List<Application.Status> RANKED = List.of(
            Application.Status.SUBMITTED,
            Application.Status.SELECTED,
            Application.Status.WAITLISTED,
            Application.Status.REJECTED);

    /** Two queries, whatever the number of applications and reviews. */
    public List<Ranked> rank(FundingRound round) {
        List<Application> applications = Application.list("roundId = ?1 and status in ?2", round.id, RANKED);
        Map<UUID, List<Review>> reviews = new HashMap<>();
        if (!applications.isEmpty()) {
            List<Review> all = Review.list(
                    "select distinct r from Review r left join fetch r.scores where r.applicationId in ?1",
                    applications.stream().map(a -> a.id).toList());
            all.forEach(r -> reviews.computeIfAbsent(r.applicationId, k -> new ArrayList<>())
                    .add(r));
        }
        List<Ranked> unranked = new ArrayList<>();
        for (Application a : applications) {
            unranked.add(score(a, reviews.getOrDefault(a.id, List.of()), round.criteria));
        }
        unranked.sort(Comparator.comparing((Ranked r) -> r.weightedScore() == null ? 1 : 0)
                .thenComparing(r -> r.weightedScore() == null ? 0 : -r.weightedScore())
                .thenComparing(r -> r.application().submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.application().id));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Ranked r = unranked.get(i);
            ranked.add(new Ranked(
                    i + 1, r.application(), r.weightedScore(), r.countingReviews(), r.conflicts(), r.criteria()));
        }
        return ranked;
    }

    static Ranked score(Application application, List<Review> reviews, List<Criterion> criteria) {
        List<Review> counting =
                reviews.stream().filter(r -> !r.conflictOfInterest).toList();
        int conflicts = reviews.size() - counting.size();
        List<CriterionMean> means = new ArrayList<>();
        double weighted = 0;
        int weights = 0;
        for (Criterion c : criteria) {
            List<Integer> scores = counting.stream()
                    .map(r -> r.scores.get(c.key))
                    .filter(s -> s != null)
                    .toList();
            if (scores.isEmpty()) {
                continue;
            }
            double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
            means.add(new CriterionMean(c.key, c.weight, mean));
            weighted += c.weight * mean;
            weights += c.weight;
        }
        Double score = weights == 0 ? null : weighted / weights;
        return new Ranked(0, application, score, counting.size(), conflicts, means);
    }
}
