package de.pakt.selection.proposal;

import java.util.List;
import java.util.UUID;

import de.pakt.common.i18n.Message;

/**
 * A computed selection proposal: never stored as truth, recomputed on request.
 *
 * @param entries        one entry per candidate, in ranking order, with the reason it is in or out
 * @param quotas         how each quota fares; {@code met == false} means it cannot be met with these applications
 * @param budgetUsedCents sum of the selected requests
 * @param selectedSites  number of selected applications
 * @param totalScore     sum of the selected scores (milli-points)
 * @param optimal        whether the solver proved the proposal optimal (always, unless it ran out of time)
 */
public record Proposal(
        List<Entry> entries,
        List<QuotaStatus> quotas,
        long budgetUsedCents,
        int selectedSites,
        long totalScore,
        boolean optimal) {

    public record Entry(UUID applicationId, int rank, boolean selected, Reason reason, Message explanation) {}

    public record QuotaStatus(String regionKey, int minSites, int selectedSites, int candidates, boolean met) {}

    /** Why an application is in or out; the explanation says it with the figures, in the reader's language. */
    public enum Reason {
        /** In on its score. */
        SELECTED_BY_SCORE,
        /** In because a quota needs it (it would be out without quotas). */
        SELECTED_FOR_QUOTA,
        /** Out: asks for more than the cap per site. */
        OVER_CAP,
        /** Out: its place went to an application a quota needs. */
        DISPLACED_BY_QUOTA,
        /** Out: the budget left is smaller than its request. */
        BUDGET_EXHAUSTED,
        /** Out: the target number of sites is reached with better-scored applications. */
        TARGET_REACHED,
        /** Out: a better combination within budget and target leaves no room for it. */
        OUTSCORED
    }
}
