package de.pakt.selection.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.selection.proposal.Proposal.Entry;
import de.pakt.selection.proposal.Proposal.Reason;
import de.pakt.selection.proposal.ProposalInput.Candidate;
import de.pakt.selection.proposal.ProposalInput.Quota;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of the proposal and its reasons, in the shape of the seeds' second round. */
class SelectionProposerTest {

    static final Map<String, String> REGIONS =
            Map.of("081", "Stuttgart", "082", "Karlsruhe", "083", "Freiburg", "084", "Tübingen");
    final SelectionProposer proposer = new SelectionProposer();

    static Candidate candidate(int rank, long milliPoints, long euros, String region) {
        return new Candidate(
                UUID.nameUUIDFromBytes(("app-" + rank).getBytes()), rank, milliPoints, euros * 100, region);
    }

    static Entry entry(Proposal p, int rank) {
        return p.entries().stream().filter(e -> e.rank() == rank).findFirst().orElseThrow();
    }

    @Test
    void aQuotaBringsInTheBestApplicationOfItsRegionAndSaysWhy() {
        List<Candidate> candidates = new ArrayList<>();
        // Ranks 1..4 from Stuttgart, Karlsruhe, Freiburg; rank 5 from Tübingen.
        candidates.add(candidate(1, 4800, 40_000, "081"));
        candidates.add(candidate(2, 4600, 40_000, "082"));
        candidates.add(candidate(3, 4500, 40_000, "083"));
        candidates.add(candidate(4, 4400, 40_000, "081"));
        candidates.add(candidate(5, 3900, 40_000, "084"));
        List<Quota> quotas =
                REGIONS.keySet().stream().sorted().map(r -> new Quota(r, 1)).toList();
        Proposal p = proposer.propose(new ProposalInput(candidates, 160_000_00L, 40_000_00L, 4, quotas, REGIONS));

        assertThat(p.selectedSites()).isEqualTo(4);
        assertThat(p.budgetUsedCents()).isEqualTo(160_000_00L);
        assertThat(entry(p, 5).selected()).isTrue();
        assertThat(entry(p, 5).reason()).isEqualTo(Reason.SELECTED_FOR_QUOTA);
        assertThat(entry(p, 5).explanation().toString())
                .isEqualTo("Quote: Regierungsbezirk Tübingen braucht mindestens 1 Standort (Rang 5, 3,90 Punkten).");
        assertThat(entry(p, 4).reason()).isEqualTo(Reason.DISPLACED_BY_QUOTA);
        assertThat(entry(p, 1).explanation().toString()).isEqualTo("Rang 1 mit 4,80 Punkten.");
        assertThat(p.quotas()).allMatch(Proposal.QuotaStatus::met);
    }

    @Test
    void anInfeasibleQuotaIsReportedAndTheRestStillOptimised() {
        List<Candidate> candidates = List.of(candidate(1, 4000, 30_000, "081"), candidate(2, 3000, 30_000, "082"));
        Proposal p = proposer.propose(new ProposalInput(
                candidates, 100_000_00L, 40_000_00L, 5, List.of(new Quota("084", 1), new Quota("081", 1)), REGIONS));
        assertThat(p.selectedSites()).isEqualTo(2);
        assertThat(p.quotas())
                .extracting(
                        Proposal.QuotaStatus::regionKey, Proposal.QuotaStatus::met, Proposal.QuotaStatus::candidates)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("084", false, 0),
                        org.assertj.core.groups.Tuple.tuple("081", true, 1));
    }

    @Test
    void overCapBudgetAndTargetReasonsNameTheFigures() {
        List<Candidate> candidates = List.of(
                candidate(1, 5000, 45_000, "081"), // over the cap
                candidate(2, 4000, 30_000, "081"),
                candidate(3, 3500, 25_000, "082"), // budget left 10.000 after rank 2... see below
                candidate(4, 3000, 5_000, "083"));
        Proposal p = proposer.propose(new ProposalInput(candidates, 40_000_00L, 40_000_00L, 2, List.of(), REGIONS));
        assertThat(entry(p, 1).reason()).isEqualTo(Reason.OVER_CAP);
        assertThat(entry(p, 1).explanation().toString())
                .isEqualTo("Beantragt 45.000\u00a0€, Höchstbetrag je Standort 40.000\u00a0€.");
        // Best within 40.000 € and 2 sites: ranks 2 and 4 (7,00 points) beat 3 and 4 (6,50).
        assertThat(p.entries())
                .filteredOn(Entry::selected)
                .extracting(Entry::rank)
                .containsExactly(2, 4);
        assertThat(entry(p, 3).reason()).isIn(Reason.TARGET_REACHED, Reason.BUDGET_EXHAUSTED);
    }
}
