package de.pakt.selection.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.model.AreaRef;
import de.pakt.api.model.CriterionMean;
import de.pakt.api.model.CriterionScore;
import de.pakt.api.model.Decision;
import de.pakt.api.model.DecisionEntry;
import de.pakt.api.model.DecisionInput;
import de.pakt.api.model.DecisionOutcome;
import de.pakt.api.model.DecisionStatus;
import de.pakt.api.model.ProposalEntry;
import de.pakt.api.model.ProposalQuota;
import de.pakt.api.model.ProposalReason;
import de.pakt.api.model.Ranking;
import de.pakt.api.model.RankingEntry;
import de.pakt.api.model.ReviewInput;
import de.pakt.api.model.SelectionProposal;
import de.pakt.application.Application;
import de.pakt.common.i18n.Messages;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.registry.AreaRefs;
import de.pakt.round.FundingRound;
import de.pakt.selection.Review;
import de.pakt.selection.SelectionDecision;
import de.pakt.selection.service.DecisionService.DecisionData;
import de.pakt.selection.service.ProposalService;
import de.pakt.selection.service.RankingQueries.RankedApplication;
import de.pakt.selection.service.RankingService;
import de.pakt.selection.service.RankingService.Ranked;
import de.pakt.selection.service.ReviewService;
import de.pakt.selection.service.ReviewService.ReviewData;

/** Maps between the generated API models and reviews, rankings, proposals and decisions. */
final class SelectionMapper {

    private SelectionMapper() {}

    /** The scores in the order of the round's criteria. */
    static de.pakt.api.model.Review toApi(Review r, FundingRound round) {
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
                .updatedAt(ApiTime.utc(r.updatedAt));
    }

    static ReviewData toData(ReviewInput in) {
        List<Map.Entry<String, Integer>> scores = in.getScores() == null
                ? List.of()
                : in.getScores().stream()
                        .map(s -> Map.entry(s.getCriterionKey(), s.getScore()))
                        .toList();
        return new ReviewData(in.getConflictOfInterest(), scores, in.getComment());
    }

    static Ranking ranking(UUID roundId, RankingService.RoundRanking ranking, Locale locale) {
        return new Ranking()
                .roundId(roundId)
                .scoreScaleMax(ranking.scoreScaleMax())
                .tieBreakRule(Messages.render(RankingService.TIE_BREAK_RULE, locale))
                .items(ranking.ranked().stream()
                        .map(r -> new RankingEntry()
                                .rank(r.rank())
                                .applicationId(r.application().id())
                                .applicant(applicant(r.application()))
                                .regionKey(r.application().regionKey())
                                .requestedCents(r.application().requestedCents())
                                .weightedScore(r.weightedScore())
                                .countingReviews(r.countingReviews())
                                .conflicts(r.conflicts())
                                .criteria(r.criteria().stream()
                                        .map(c -> new CriterionMean()
                                                .criterionKey(c.key())
                                                .weight(c.weight())
                                                .mean(c.mean()))
                                        .toList())
                                .submittedAt(ApiTime.utc(r.application().submittedAt())))
                        .toList());
    }

    private static AreaRef applicant(RankedApplication application) {
        return new AreaRef().key(application.applicantKey()).name(application.applicantName());
    }

    static SelectionProposal proposal(FundingRound round, ProposalService.RoundProposal result, Locale locale) {
        Map<UUID, Ranked> byId = result.ranking().stream()
                .collect(Collectors.toMap(r -> r.application().id(), Function.identity()));
        var proposal = result.proposal();
        return new SelectionProposal()
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
                            Ranked ranked = byId.get(e.applicationId());
                            RankedApplication a = ranked.application();
                            return new ProposalEntry()
                                    .applicationId(a.id())
                                    .rank(e.rank())
                                    .applicant(applicant(a))
                                    .regionKey(a.regionKey())
                                    .requestedCents(a.requestedCents())
                                    .weightedScore(ranked.weightedScore())
                                    .selected(e.selected())
                                    .reason(Enums.convert(e.reason(), ProposalReason.class))
                                    .explanation(Messages.render(e.explanation(), locale));
                        })
                        .toList());
    }

    /** {@code violations} already rendered: a draft's current ones or those a final revision was recorded with. */
    static Decision toApi(SelectionDecision d, List<String> violations) {
        List<UUID> appIds = d.entries.stream().map(e -> e.applicationId).toList();
        Map<UUID, String> applicantKeys = appIds.isEmpty()
                ? Map.of()
                : Application.<Application>list("id in ?1", appIds).stream()
                        .collect(Collectors.toMap(a -> a.id, a -> a.applicantKey));
        AreaRefs areas = AreaRefs.of(applicantKeys.values());
        return new Decision()
                .id(d.id)
                .roundId(d.roundId)
                .revision(d.revision)
                .status(Enums.convert(d.status, DecisionStatus.class))
                .meetingDate(d.meetingDate)
                .membersPresent(List.copyOf(d.membersPresent))
                .rationale(d.rationale)
                .overrideJustification(d.overrideJustification)
                .entries(d.entries.stream()
                        .map(e -> new DecisionEntry()
                                .applicationId(e.applicationId)
                                .applicant(areas.ref(applicantKeys.getOrDefault(e.applicationId, "")))
                                .outcome(Enums.convert(e.outcome, DecisionOutcome.class))
                                .grantedCents(e.grantedCents)
                                .waitlistRank(e.waitlistRank)
                                .reason(e.reason))
                        .toList())
                .violations(violations)
                .finalisedAt(ApiTime.utc(d.finalisedAt))
                .createdAt(ApiTime.utc(d.createdAt))
                .updatedAt(ApiTime.utc(d.updatedAt));
    }

    static DecisionData toData(DecisionInput in) {
        return new DecisionData(
                in.getMeetingDate(),
                in.getMembersPresent() == null ? List.of() : in.getMembersPresent(),
                in.getRationale(),
                in.getOverrideJustification(),
                in.getEntries().stream()
                        .map(e -> new SelectionDecision.Entry(
                                e.getApplicationId(),
                                Enums.convert(e.getOutcome(), SelectionDecision.Outcome.class),
                                e.getGrantedCents(),
                                e.getWaitlistRank(),
                                e.getReason() == null || e.getReason().isBlank()
                                        ? null
                                        : e.getReason().strip()))
                        .toList());
    }
}
