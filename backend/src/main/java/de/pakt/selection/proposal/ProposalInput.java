package de.pakt.selection.proposal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a selection proposal depends on. Plain values, so that the proposal is a pure function of its
 * input: the same input always gives the same proposal.
 *
 * @param candidates      the submitted applications with their weighted scores
 * @param totalBudgetCents the round's total budget
 * @param capPerSiteCents the most one site can be granted
 * @param targetSites     the most sites the round funds
 * @param quotas          minimum numbers of sites per Regierungsbezirk
 * @param regionNames     names of the Regierungsbezirke by key, for the reasons
 */
public record ProposalInput(
        List<Candidate> candidates,
        long totalBudgetCents,
        long capPerSiteCents,
        int targetSites,
        List<Quota> quotas,
        Map<String, String> regionNames) {

    public ProposalInput {
        candidates = List.copyOf(candidates);
        quotas = List.copyOf(quotas);
        regionNames = Map.copyOf(regionNames);
        if (totalBudgetCents < 0 || capPerSiteCents < 0 || targetSites < 0) {
            throw new IllegalArgumentException("budget, cap and target must not be negative");
        }
    }

    /**
     * One application competing for a site.
     *
     * @param applicationId  its id
     * @param rank           its place in the ranking (1 = best); ties in score are already broken by the ranking
     * @param score          weighted mean score of the counting reviews, in milli-points (4.25 points = 4250)
     * @param requestedCents the amount it asks for
     * @param regionKey      the Regierungsbezirk of the applicant (3-digit key)
     */
    public record Candidate(UUID applicationId, int rank, long score, long requestedCents, String regionKey) {
        public Candidate {
            if (score < 0 || requestedCents < 0) {
                throw new IllegalArgumentException("score and amount must not be negative");
            }
        }
    }

    /** At least {@code minSites} selected sites in the Regierungsbezirk {@code regionKey}. */
    public record Quota(String regionKey, int minSites) {
        public Quota {
            if (minSites < 0) {
                throw new IllegalArgumentException("minSites must not be negative");
            }
        }
    }
}
