package de.pakt.selection.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * What a round's ranking is computed from, in one statement: the round's scale, each ranked application with its
 * applicant's name, its review counts and, per criterion of the round, the sum and number of the counting scores.
 * Loading it through the entities took eight (round, criteria, quotas, applications, partners, topics, reviews with
 * scores, area names). The arithmetic stays in {@link RankingService}, so the means are computed exactly as before.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingQueries {

    /** An application as the ranking and the proposal show it. */
    public record RankedApplication(
            UUID id,
            String applicantKey,
            String applicantName,
            String regionKey,
            long requestedCents,
            Instant submittedAt) {}

    /** The counting scores of one criterion: their sum and number (at least one). */
    public record CriterionScores(String key, int weight, long sum, long count) {}

    public record ApplicationScores(
            RankedApplication application, int countingReviews, int conflicts, List<CriterionScores> criteria) {}

    public record RoundScores(int scoreScaleMax, List<ApplicationScores> applications) {}

    /** One row per application and criterion with counting scores; one row with nulls where there is none. */
    private record Row(
            Integer scoreScaleMax,
            UUID applicationId,
            String applicantKey,
            String applicantName,
            String regionKey,
            Long requestedCents,
            Instant submittedAt,
            Long countingReviews,
            Long conflicts,
            String criterionKey,
            Integer weight,
            Long scoreSum,
            Long scoreCount) {}

    // The round is the driving row, so a round without applications still answers (and an unknown one does not).
    private static final String SCORES = """
            select f.score_scale_max, a.id, a.applicant_key, coalesce(area.name, a.applicant_key), a.region_key,
                   a.requested_cents, a.submitted_at, n.counting, n.conflicts,
                   s.criterion_key, s.weight, s.score_sum, s.score_count
            from funding_round f
            left join application a
                   on a.round_id = f.id and a.status in (:ranked)
            left join administrative_area area on area.area_key = a.applicant_key
            left join lateral (
                select count(*) filter (where not v.conflict_of_interest) as counting,
                       count(*) filter (where v.conflict_of_interest) as conflicts
                from review v where v.application_id = a.id) n on a.id is not null
            left join lateral (
                select c.criterion_key, c.weight, c.position, sum(rs.score) as score_sum, count(*) as score_count
                from round_criterion c
                join review_score rs on rs.criterion_key = c.criterion_key
                join review v on v.id = rs.review_id and v.application_id = a.id and not v.conflict_of_interest
                where c.round_id = f.id
                group by c.criterion_key, c.weight, c.position) s on a.id is not null
            where f.id = :round
            order by a.id, s.position
            """;

    @Inject
    Session session;

    /** Empty when the round does not exist. Applications in no particular order. */
    public Optional<RoundScores> scores(UUID roundId) {
        List<Row> rows = session.createNativeQuery(SCORES, Row.class)
                .setParameter("round", roundId)
                .setParameter(
                        "ranked", RankingService.RANKED.stream().map(Enum::name).toList())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<Row>> byApplication = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.applicationId() != null) {
                byApplication
                        .computeIfAbsent(row.applicationId(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<ApplicationScores> applications = new ArrayList<>();
        for (List<Row> group : byApplication.values()) {
            Row first = group.get(0);
            List<CriterionScores> criteria = group.stream()
                    .filter(r -> r.criterionKey() != null)
                    .map(r -> new CriterionScores(r.criterionKey(), r.weight(), r.scoreSum(), r.scoreCount()))
                    .toList();
            applications.add(new ApplicationScores(
                    new RankedApplication(
                            first.applicationId(),
                            first.applicantKey(),
                            first.applicantName(),
                            first.regionKey(),
                            first.requestedCents(),
                            first.submittedAt()),
                    Math.toIntExact(first.countingReviews()),
                    Math.toIntExact(first.conflicts()),
                    criteria));
        }
        // Kept by RankingService's cache and read by several requests at once: not to be changed.
        return Optional.of(new RoundScores(rows.get(0).scoreScaleMax(), List.copyOf(applications)));
    }
}
