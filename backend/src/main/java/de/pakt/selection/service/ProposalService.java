package de.pakt.selection.service;

import java.util.List;
import java.util.Map;

import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound;
import de.pakt.selection.proposal.Proposal;
import de.pakt.selection.proposal.ProposalInput;
import de.pakt.selection.proposal.ProposalInput.Candidate;
import de.pakt.selection.proposal.ProposalInput.Quota;
import de.pakt.selection.proposal.SelectionProposer;
import de.pakt.selection.service.RankingService.Ranked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Feeds a round's ranking into the exact proposer. Nothing is stored. The proposer is made per call, never in a field:
 * the bean's client proxy runs this class's field initialisers, so a field would load the solver's native libraries
 * (65 MB unpacked to a temporary folder, about a second, 15 MiB resident) with the first ranking or review request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProposalService {

    public record RoundProposal(List<Ranked> ranking, Proposal proposal, Map<String, String> regionNames) {}

    @Inject
    RankingService ranking;

    public RoundProposal propose(FundingRound round) {
        List<Ranked> ranked =
                ranking.rank(round.id).map(RankingService.RoundRanking::ranked).orElseGet(List::of);
        Map<String, String> regionNames = AdministrativeArea.regionNames();
        List<Candidate> candidates = ranked.stream()
                .map(r -> new Candidate(
                        r.application().id(),
                        r.rank(),
                        r.weightedScore() == null ? 0 : Math.round(r.weightedScore() * 1000),
                        r.application().requestedCents(),
                        r.application().regionKey()))
                .toList();
        List<Quota> quotas = round.quotas.stream()
                .map(q -> new Quota(q.regionKey, q.minSites))
                .toList();
        Proposal proposal = new SelectionProposer()
                .propose(new ProposalInput(
                        candidates,
                        round.totalBudgetCents,
                        round.capPerSiteCents,
                        round.targetSites,
                        quotas,
                        regionNames));
        return new RoundProposal(ranked, proposal, regionNames);
    }
}
