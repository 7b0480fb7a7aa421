package de.pakt.selection.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import de.pakt.common.i18n.Message;
import de.pakt.selection.proposal.Proposal.Entry;
import de.pakt.selection.proposal.Proposal.QuotaStatus;
import de.pakt.selection.proposal.Proposal.Reason;
import de.pakt.selection.proposal.ProposalInput.Candidate;
import de.pakt.selection.proposal.ProposalInput.Quota;

/**
 * Computes the selection proposal exactly, as a 0/1 integer programme solved by OR-Tools CP-SAT:
 * <ol>
 * <li>meet the quotas as far as they can be met at all (minimise the total shortfall);</li>
 * <li>within that, maximise the total score, keeping total budget, cap per site and target number of sites;</li>
 * <li>among equally good selections, prefer better-ranked applications (maximise the sum of
 * {@code n + 1 - rank}).</li>
 * </ol>
 * The solver runs single-threaded with a fixed seed on a model built from the candidates sorted by rank and
 * id, so the same input always gives the same proposal. See docs/selection.md.
 */
public final class SelectionProposer {

    private static final double TIME_LIMIT_SECONDS = 30;

    static {
        Loader.loadNativeLibraries();
    }

    public Proposal propose(ProposalInput input) {
        List<Candidate> candidates = new ArrayList<>(input.candidates());
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::applicationId));

        Solution withQuotas = solve(input, candidates, true);
        Solution withoutQuotas = input.quotas().isEmpty() ? withQuotas : solve(input, candidates, false);
        return explain(input, candidates, withQuotas, withoutQuotas.selected());
    }

    private record Solution(Set<UUID> selected, boolean optimal) {}

    /** The three lexicographic phases; each fixes the optimum of the one before. */
    private static Solution solve(ProposalInput input, List<Candidate> candidates, boolean withQuotas) {
        boolean optimal = true;
        Long shortfall = null;
        if (withQuotas) {
            Phase phase1 = new Phase(input, candidates, true, null, null);
            phase1.model.minimize(phase1.shortfall);
            optimal &= phase1.solve();
            shortfall = phase1.value(phase1.shortfall);
        }
        Phase phase2 = new Phase(input, candidates, withQuotas, shortfall, null);
        phase2.model.maximize(phase2.score);
        optimal &= phase2.solve();
        long score = phase2.value(phase2.score);

        Phase phase3 = new Phase(input, candidates, withQuotas, shortfall, score);
        phase3.model.maximize(phase3.rankPreference);
        optimal &= phase3.solve();
        Set<UUID> selected = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (phase3.solver.booleanValue(phase3.chosen[i])) {
                selected.add(candidates.get(i).applicationId());
            }
        }
        return new Solution(selected, optimal);
    }

    /** One CP-SAT model of the selection with the constraints shared by all phases. */
    private static final class Phase {
        final CpModel model = new CpModel();
        final CpSolver solver = new CpSolver();
        final Literal[] chosen;
        final LinearExpr score;
        final LinearExpr rankPreference;
        final LinearExpr shortfall;

        Phase(
                ProposalInput input,
                List<Candidate> candidates,
                boolean withQuotas,
                Long fixedShortfall,
                Long fixedScore) {
            int n = candidates.size();
            chosen = new Literal[n];
            LinearExprBuilder budget = LinearExpr.newBuilder();
            LinearExprBuilder count = LinearExpr.newBuilder();
            LinearExprBuilder scoreSum = LinearExpr.newBuilder();
            LinearExprBuilder preference = LinearExpr.newBuilder();
            for (int i = 0; i < n; i++) {
                Candidate c = candidates.get(i);
                chosen[i] = model.newBoolVar("x" + i);
                if (c.requestedCents() > input.capPerSiteCents()) {
                    model.addEquality((IntVar) chosen[i], 0);
                }
                budget.addTerm(chosen[i], c.requestedCents());
                count.add(chosen[i]);
                scoreSum.addTerm(chosen[i], c.score());
                preference.addTerm(chosen[i], n + 1L - (i + 1L));
            }
            model.addLessOrEqual(budget, input.totalBudgetCents());
            model.addLessOrEqual(count, input.targetSites());
            LinearExprBuilder shortfallSum = LinearExpr.newBuilder();
            if (withQuotas) {
                for (Quota quota : input.quotas()) {
                    IntVar gap = model.newIntVar(0, quota.minSites(), "short-" + quota.regionKey());
                    LinearExprBuilder inRegion = LinearExpr.newBuilder();
                    for (int i = 0; i < n; i++) {
                        if (quota.regionKey().equals(candidates.get(i).regionKey())) {
                            inRegion.add(chosen[i]);
                        }
                    }
                    inRegion.add(gap);
                    model.addGreaterOrEqual(inRegion, quota.minSites()); // selected + gap >= min
                    shortfallSum.add(gap);
                }
            }
            score = scoreSum.build();
            rankPreference = preference.build();
            shortfall = shortfallSum.build();
            if (fixedShortfall != null) {
                model.addLessOrEqual(shortfall, fixedShortfall);
            }
            if (fixedScore != null) {
                model.addGreaterOrEqual(score, fixedScore);
            }
            solver.getParameters()
                    .setNumWorkers(1)
                    .setRandomSeed(0)
                    .setMaxTimeInSeconds(TIME_LIMIT_SECONDS)
                    .setLogSearchProgress(false);
        }

        /** Returns whether the optimum was proven. Selecting nothing is always feasible, so there is a solution. */
        boolean solve() {
            CpSolverStatus status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                throw new IllegalStateException("selection model without solution: " + status);
            }
            return status == CpSolverStatus.OPTIMAL;
        }

        long value(LinearExpr expr) {
            return Math.round(solver.value(expr));
        }
    }

    private static Proposal explain(
            ProposalInput input, List<Candidate> candidates, Solution solution, Set<UUID> withoutQuotas) {
        long used = 0;
        long totalScore = 0;
        for (Candidate c : candidates) {
            if (solution.selected().contains(c.applicationId())) {
                used += c.requestedCents();
                totalScore += c.score();
            }
        }
        int selectedSites = solution.selected().size();
        long remaining = input.totalBudgetCents() - used;

        List<QuotaStatus> quotas = new ArrayList<>();
        for (Quota quota : input.quotas()) {
            int inRegion = 0;
            int eligible = 0;
            for (Candidate c : candidates) {
                if (quota.regionKey().equals(c.regionKey())) {
                    eligible += c.requestedCents() <= input.capPerSiteCents() ? 1 : 0;
                    inRegion += solution.selected().contains(c.applicationId()) ? 1 : 0;
                }
            }
            quotas.add(new QuotaStatus(
                    quota.regionKey(), quota.minSites(), inRegion, eligible, inRegion >= quota.minSites()));
        }

        List<Entry> entries = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean selected = solution.selected().contains(c.applicationId());
            boolean selectedWithoutQuotas = withoutQuotas.contains(c.applicationId());
            Reason reason;
            Message text;
            if (c.requestedCents() > input.capPerSiteCents()) {
                reason = Reason.OVER_CAP;
                text = Message.of(
                        "selection.proposal.overCap",
                        new Message.Euros(c.requestedCents()),
                        new Message.Euros(input.capPerSiteCents()));
            } else if (selected && selectedWithoutQuotas) {
                reason = Reason.SELECTED_BY_SCORE;
                text = Message.of("selection.proposal.byScore", c.rank(), points(c.score()));
            } else if (selected) {
                reason = Reason.SELECTED_FOR_QUOTA;
                text = Message.of(
                        "selection.proposal.forQuota",
                        regionName(input, c.regionKey()),
                        sites(minSitesOf(input, c.regionKey())),
                        c.rank(),
                        points(c.score()));
            } else if (selectedWithoutQuotas) {
                reason = Reason.DISPLACED_BY_QUOTA;
                text = Message.of("selection.proposal.displacedByQuota");
            } else if (remaining < c.requestedCents()) {
                reason = Reason.BUDGET_EXHAUSTED;
                text = Message.of(
                        "selection.proposal.budgetExhausted",
                        new Message.Euros(remaining),
                        new Message.Euros(c.requestedCents()));
            } else if (selectedSites >= input.targetSites()) {
                reason = Reason.TARGET_REACHED;
                text = Message.of("selection.proposal.targetReached", sites(input.targetSites()));
            } else {
                reason = Reason.OUTSCORED;
                text = Message.of("selection.proposal.outscored", c.rank(), points(c.score()));
            }
            entries.add(new Entry(c.applicationId(), c.rank(), selected, reason, text));
        }
        return new Proposal(entries, quotas, used, selectedSites, totalScore, solution.optimal());
    }

    private static int minSitesOf(ProposalInput input, String regionKey) {
        return input.quotas().stream()
                .filter(q -> q.regionKey().equals(regionKey))
                .mapToInt(Quota::minSites)
                .max()
                .orElse(0);
    }

    private static String regionName(ProposalInput input, String regionKey) {
        String name = input.regionNames().get(regionKey);
        return name == null ? regionKey : name;
    }

    private static Message sites(int n) {
        return n == 1 ? Message.of("selection.proposal.sites.one") : Message.of("selection.proposal.sites.many", n);
    }

    static Message.Decimal points(long milliPoints) {
        return new Message.Decimal(milliPoints / 1000.0, 2);
    }
}
