package de.pakt.selection.api;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.ReviewsApi;
import de.pakt.api.model.CriterionScore;
import de.pakt.api.model.ProposalEntry;
import de.pakt.api.model.ProposalQuota;
import de.pakt.api.model.ProposalReason;
import de.pakt.api.model.Ranking;
import de.pakt.api.model.RankingEntry;
import de.pakt.api.model.ReviewInput;
import de.pakt.api.model.SelectionProposal;
import de.pakt.application.Application;
import de.pakt.common.i18n.Messages;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.registry.AreaRefs;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import de.pakt.selection.Review;
import de.pakt.selection.service.ProposalService;
import de.pakt.selection.service.RankingService;
import de.pakt.selection.service.RankingService.Ranked;
import de.pakt.selection.service.ReviewService;
import de.pakt.selection.service.ReviewService.ReviewData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ReviewResource implements ReviewsApi {

    @Inject
    Problems problems;

    @Inject
    ReviewService reviews;

    @Inject
    RankingService ranking;

    @Inject
    ProposalService proposals;

    @Inject
    RoundService rounds;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response listApplicationReviews(UUID applicationId) {
        List<Review> list = reviews.list(applicationId);
        FundingRound round = roundOf(applicationId);
        return Response.ok(list.stream().map(r -> toApi(r, round)).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STEERING_GROUP)
    public Response getMyReview(UUID applicationId) {
        Review review = reviews.mine(applicationId)
                .orElseThrow(() -> ProblemException.notFound("selection.noun.myReview", applicationId));
        return Response.ok(toApi(review, roundOf(applicationId)))
                .tag(ETags.of(review.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.STEERING_GROUP)
    public Response saveMyReview(UUID applicationId, String ifMatch, ReviewInput input) {
        List<Map.Entry<String, Integer>> scores = input.getScores() == null
                ? List.of()
                : input.getScores().stream()
                        .map(s -> Map.entry(s.getCriterionKey(), s.getScore()))
                        .toList();
        Review review = reviews.save(
                applicationId, ifMatch, new ReviewData(input.getConflictOfInterest(), scores, input.getComment()));
        return Response.ok(toApi(review, roundOf(applicationId)))
                .tag(ETags.of(review.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getRoundRanking(UUID roundId) {
        FundingRound round = rounds.require(roundId, true);
        List<Ranked> ranked = ranking.rank(round);
        AreaRefs areas = areasOf(ranked);
        return Response.ok(new Ranking()
                        .roundId(round.id)
                        .scoreScaleMax(round.scoreScaleMax)
                        .tieBreakRule(Messages.render(RankingService.TIE_BREAK_RULE, problems.locale()))
                        .items(ranked.stream()
                                .map(r -> new RankingEntry()
                                        .rank(r.rank())
                                        .applicationId(r.application().id)
                                        .applicant(areas.ref(r.application().applicantKey))
                                        .regionKey(r.application().regionKey)
                                        .requestedCents(r.application().requestedCents)
                                        .weightedScore(r.weightedScore())
                                        .countingReviews(r.countingReviews())
                                        .conflicts(r.conflicts())
                                        .criteria(r.criteria().stream()
                                                .map(c -> new de.pakt.api.model.CriterionMean()
                                                        .criterionKey(c.key())
                                                        .weight(c.weight())
                                                        .mean(c.mean()))
                                                .toList())
                                        .submittedAt(
                                                r.application().submittedAt == null
                                                        ? null
                                                        : r.application()
                                                                .submittedAt
                                                                .atOffset(ZoneOffset.UTC)))
                                .toList()))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getSelectionProposal(UUID roundId) {
        FundingRound round = rounds.require(roundId, true);
        var result = proposals.propose(round);
        Map<UUID, Ranked> byId =
                result.ranking().stream().collect(Collectors.toMap(r -> r.application().id, Function.identity()));
        AreaRefs areas = areasOf(result.ranking());
        var proposal = result.proposal();
        return Response.ok(new SelectionProposal()
                        .roundId(round.id)
                        .totalBudgetCents(round.totalBudgetCents)
                        .budgetUsedCents(proposal.budgetUsedCents())
                        .targetSites(round.targetSites)
                        .selectedSites(proposal.selectedSites())
                        .optimal(proposal.optimal())
                        .quotas(proposal.quotas().stream()
                                .map(q -> new ProposalQuota()
                                        .regionKey(q.regionKey())
                                        .regionName(result.regionNames().getOrDefault(q.regionKey(), q.regionKey()))
                                        .minSites(q.minSites())
                                        .selectedSites(q.selectedSites())
                                        .candidates(q.candidates())
                                        .met(q.met()))
                                .toList())
                        .entries(proposal.entries().stream()
                                .map(e -> {
                                    Application a = byId.get(e.applicationId()).application();
                                    return new ProposalEntry()
                                            .applicationId(a.id)
                                            .rank(e.rank())
                                            .applicant(areas.ref(a.applicantKey))
                                            .regionKey(a.regionKey)
                                            .requestedCents(a.requestedCents)
                                            .weightedScore(byId.get(a.id).weightedScore())
                                            .selected(e.selected())
                                            .reason(ProposalReason.fromValue(
                                                    e.reason().name()))
                                            .explanation(Messages.render(e.explanation(), problems.locale()));
                                })
                                .toList()))
                .build();
    }

    private static FundingRound roundOf(UUID applicationId) {
        Application application = Application.findById(applicationId);
        return FundingRound.findById(application.roundId);
    }

    private static AreaRefs areasOf(List<Ranked> ranked) {
        return AreaRefs.of(
                ranked.stream().map(r -> r.application().applicantKey).toList());
    }

    private static de.pakt.api.model.Review toApi(Review r, FundingRound round) {
        return new de.pakt.api.model.Review()
                .id(r.id)
                .applicationId(r.applicationId)
                .reviewer(r.reviewer)
                .conflictOfInterest(r.conflictOfInterest)
                .scores(round.criteria.stream()
                        .filter(c -> r.scores.containsKey(c.key))
                        .map(c -> new CriterionScore().criterionKey(c.key).score(r.scores.get(c.key)))
                        .toList())
                .comment(r.comment)
                .weightedScore(ReviewService.weightedScore(r, round.criteria))
                .updatedAt(r.updatedAt.atOffset(ZoneOffset.UTC));
    }
}
