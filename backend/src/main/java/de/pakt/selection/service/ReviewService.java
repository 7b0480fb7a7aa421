package de.pakt.selection.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.application.service.ApplicationService;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.web.ETags;
import de.pakt.round.Criterion;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import de.pakt.selection.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** One review per steering-group member and application; a declared conflict of interest carries no scores. */
@ApplicationScoped
@Transactional
public class ReviewService {

    public static final String ENTITY_TYPE = "review";

    public record ReviewData(boolean conflictOfInterest, List<Map.Entry<String, Integer>> scores, String comment) {}

    @Inject
    ApplicationService applications;

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> list(UUID applicationId) {
        applications.requireVisible(applicationId);
        return Review.list(
                "select distinct r from Review r left join fetch r.scores where r.applicationId = ?1 order by r.createdAt, r.id",
                applicationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Review> mine(UUID applicationId) {
        applications.requireVisible(applicationId);
        return Review.find("applicationId = ?1 and reviewer = ?2", applicationId, user.subject())
                .firstResultOptional();
    }

    public Review save(UUID applicationId, String ifMatch, ReviewData data) {
        Application application = applications.requireVisible(applicationId);
        FundingRound round = rounds.require(application.roundId, true);
        if (round.status != FundingRound.Status.IN_REVIEW) {
            throw ProblemException.conflict("selection.review.roundNotInReview", round.status);
        }
        if (application.status != Application.Status.SUBMITTED) {
            throw ProblemException.conflict("selection.review.applicationNotSubmitted", application.status);
        }
        validate(data, round);
        Optional<Review> existing = Review.find("applicationId = ?1 and reviewer = ?2", applicationId, user.subject())
                .firstResultOptional();
        Review review;
        Action action;
        if (existing.isPresent()) {
            review = existing.get();
            ETags.requireMatch(ifMatch, review.version);
            action = Action.UPDATE;
        } else {
            if (!"*".equals(ifMatch.strip())) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_FAILED, Message.of("selection.review.firstNeedsIfMatchStar"));
            }
            review = new Review();
            review.id = UUID.randomUUID();
            review.applicationId = applicationId;
            review.reviewer = user.subject();
            action = Action.CREATE;
        }
        review.conflictOfInterest = data.conflictOfInterest();
        review.comment = data.comment() == null || data.comment().isBlank()
                ? null
                : data.comment().strip();
        review.scores.clear();
        data.scores().forEach(e -> review.scores.put(e.getKey(), e.getValue()));
        review.persistAndFlush();
        audit.record(ENTITY_TYPE, review.id, action, List.of("conflictOfInterest", "scores", "comment"));
        return review;
    }

    /** The weighted mean of one review, or null for a conflict of interest. */
    public static Double weightedScore(Review review, List<Criterion> criteria) {
        if (review.conflictOfInterest) {
            return null;
        }
        double sum = 0;
        int weights = 0;
        for (Criterion c : criteria) {
            Integer score = review.scores.get(c.key);
            if (score != null) {
                sum += c.weight * score;
                weights += c.weight;
            }
        }
        return weights == 0 ? null : sum / weights;
    }

    private static void validate(ReviewData data, FundingRound round) {
        List<FieldViolation> violations = new ArrayList<>();
        if (data.conflictOfInterest()) {
            if (!data.scores().isEmpty()) {
                violations.add(new FieldViolation("scores", "selection.field.noScoresWithConflict"));
            }
        } else {
            Set<String> known = new HashSet<>();
            round.criteria.forEach(c -> known.add(c.key));
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < data.scores().size(); i++) {
                var score = data.scores().get(i);
                if (!known.contains(score.getKey())) {
                    violations.add(new FieldViolation(
                            "scores[" + i + "].criterionKey", "selection.field.unknownCriterion", score.getKey()));
                } else if (seen.put(score.getKey(), score.getValue()) != null) {
                    violations.add(new FieldViolation("scores[" + i + "].criterionKey", "selection.field.duplicate"));
                }
                if (score.getValue() > round.scoreScaleMax) {
                    violations.add(new FieldViolation(
                            "scores[" + i + "].score", "selection.field.scoreAboveScale", round.scoreScaleMax));
                }
            }
            List<String> missing = round.criteria.stream()
                    .map(c -> c.key)
                    .filter(k -> !seen.containsKey(k))
                    .toList();
            if (!missing.isEmpty()) {
                violations.add(new FieldViolation("scores", "selection.field.scoresMissing", missing));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
    }
}
