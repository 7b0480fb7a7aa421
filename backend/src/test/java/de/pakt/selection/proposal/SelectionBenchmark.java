package de.pakt.selection.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import de.pakt.selection.proposal.ProposalInput.Candidate;
import de.pakt.selection.proposal.ProposalInput.Quota;

/**
 * Run time of the exact proposal for a large round: N applications (default 300), a quota per Regierungsbezirk
 * (4 quotas), budget and target of round 1 (23 sites × 40.000 €). Random but seeded instances, so a re-run
 * measures the same work. Not a test: run with `make bench-selection`.
 *
 * <pre>java -cp ... de.pakt.selection.proposal.SelectionBenchmark [applications] [minSitesPerRegion] [runs]</pre>
 */
public final class SelectionBenchmark {

    public static void main(String[] args) {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int minPerRegion = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        SelectionProposer proposer = new SelectionProposer();
        List<String> regions = List.of("081", "082", "083", "084");
        Map<String, String> names =
                Map.of("081", "Stuttgart", "082", "Karlsruhe", "083", "Freiburg", "084", "Tübingen");

        long[] millis = new long[runs];
        int warmups = 3;
        for (int run = -warmups; run < runs; run++) {
            Random random = new Random(42L + Math.max(run, 0));
            List<Candidate> candidates = new ArrayList<>();
            long[] scores = new long[applications];
            for (int i = 0; i < applications; i++) {
                scores[i] = 1000 + random.nextInt(4001);
            }
            Arrays.sort(scores);
            for (int i = 0; i < applications; i++) {
                // Tübingen is rarer and weaker, so its quota binds.
                String region = random.nextInt(10) == 0 ? "084" : regions.get(random.nextInt(3));
                long euros = 15_000 + 1_000L * random.nextInt(26);
                candidates.add(new Candidate(new UUID(0, i), i + 1, scores[applications - 1 - i], euros * 100, region));
            }
            List<Quota> quotas =
                    regions.stream().map(r -> new Quota(r, minPerRegion)).toList();
            ProposalInput input = new ProposalInput(candidates, 23 * 40_000_00L, 40_000_00L, 23, quotas, names);
            long start = System.nanoTime();
            Proposal proposal = proposer.propose(input);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (run >= 0) {
                millis[run] = elapsed;
                System.out.printf(
                        "run %2d: %5d ms, %d sites, %,d EUR, optimal=%s, quotas met=%s%n",
                        run + 1,
                        elapsed,
                        proposal.selectedSites(),
                        proposal.budgetUsedCents() / 100,
                        proposal.optimal(),
                        proposal.quotas().stream().allMatch(Proposal.QuotaStatus::met));
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "%d applications, 4 quotas (min %d per Regierungsbezirk), %d runs: median %d ms, min %d ms, max %d ms%n",
                applications, minPerRegion, runs, millis[runs / 2], millis[0], millis[runs - 1]);
    }
}
