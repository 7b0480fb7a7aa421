package de.pakt.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.demo.RoundDemoData;
import de.pakt.testsupport.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (Surefire runs only *Test classes): `make bench-dashboard` measures the dashboard's response times and
 * statement counts on the demo data and on a copy ten times as large (rounds 1 and 2 cloned nine times with their
 * applications, sites, roadmaps, milestones, bookings, events and registrations). Prints a table and writes it to
 * target/dashboard-bench.txt. The only assertion: ten times the data costs not one statement more.
 */
@QuarkusTest
class DashboardBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 25;

    /** Tables to clone, child after parent; every uuid column listed is mapped to a new id per copy. */
    static final Map<String, Set<String>> CLONE = new LinkedHashMap<>();

    static {
        CLONE.put("funding_round", Set.of("id"));
        CLONE.put("round_criterion", Set.of("round_id"));
        CLONE.put("round_quota", Set.of("round_id"));
        CLONE.put("application", Set.of("id", "round_id"));
        CLONE.put("site", Set.of("id", "round_id", "application_id"));
        CLONE.put("roadmap", Set.of("site_id"));
        CLONE.put("goal", Set.of("id", "site_id"));
        CLONE.put("measure", Set.of("id", "goal_id"));
        CLONE.put("measure_partner", Set.of("measure_id"));
        CLONE.put("milestone", Set.of("id", "site_id"));
        CLONE.put("booking", Set.of("id", "site_id", "reverses_booking_id"));
        CLONE.put("network_event", Set.of("id", "round_id", "site_id"));
        CLONE.put("registration", Set.of("id", "event_id", "site_id"));
    }

    @Inject
    DemoData demoData;

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    record Figure(String endpoint, long statements, double median, double p95) {}

    @Test
    void measure() throws IOException {
        demoData.load();
        String round2 = RoundDemoData.id("round-2").toString();
        List<String> endpoints = List.of(
                "/api/v1/dashboard",
                "/api/v1/dashboard?roundId=" + round2,
                "/api/v1/dashboard?regionKey=084",
                "/api/v1/dashboard/cohorts",
                "/api/v1/dashboard/lists/sites",
                "/api/v1/dashboard/lists/measures");
        Map<String, Long> sizes1 = sizes();
        List<Figure> one = endpoints.stream().map(this::figure).toList();
        for (int k = 1; k <= 9; k++) {
            cloneRounds(k);
        }
        Map<String, Long> sizes10 = sizes();
        List<Figure> ten = endpoints.stream().map(this::figure).toList();

        StringBuilder out = new StringBuilder(
                "Dashboard benchmark (" + RUNS + " requests each after " + WARM_UP + " warm-up, HTTP with JSON)\n");
        out.append("Data: demo ")
                .append(sizes1)
                .append("\n      10x  ")
                .append(sizes10)
                .append("\n\n");
        out.append(String.format(
                "%-52s %10s %10s %10s | %10s %10s %10s%n",
                "endpoint", "stmts 1x", "median ms", "p95 ms", "stmts 10x", "median ms", "p95 ms"));
        for (int i = 0; i < endpoints.size(); i++) {
            out.append(String.format(
                    "%-52s %10d %10.1f %10.1f | %10d %10.1f %10.1f%n",
                    endpoints.get(i).replace(round2, "<round 2>"),
                    one.get(i).statements(),
                    one.get(i).median(),
                    one.get(i).p95(),
                    ten.get(i).statements(),
                    ten.get(i).median(),
                    ten.get(i).p95()));
        }
        System.out.println(out);
        Files.writeString(Path.of("target", "dashboard-bench.txt"), out.toString());
        for (int i = 0; i < endpoints.size(); i++) {
            assertThat(ten.get(i).statements())
                    .as(endpoints.get(i))
                    .isEqualTo(one.get(i).statements());
        }
    }

    private Figure figure(String endpoint) {
        for (int i = 0; i < WARM_UP; i++) {
            Api.asRole(Roles.STEERING_GROUP).get(endpoint).then().statusCode(200);
        }
        long before = sessions.getStatistics().getPrepareStatementCount();
        Api.asRole(Roles.STEERING_GROUP).get(endpoint).then().statusCode(200);
        long statements = sessions.getStatistics().getPrepareStatementCount() - before;
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Api.asRole(Roles.STEERING_GROUP).get(endpoint).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Figure(endpoint, statements, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]);
    }

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String table : List.of(
                "funding_round",
                "application",
                "site",
                "measure",
                "milestone",
                "booking",
                "network_event",
                "registration")) {
            sizes.put(
                    table,
                    QuarkusTransaction.requiringNew()
                            .call(() -> ((Number) em.createNativeQuery("select count(*) from " + table)
                                            .getSingleResult())
                                    .longValue()));
        }
        return sizes;
    }

    /** Copy k of the demo programme's decided rounds (1 and 2) with everything below them, ids mapped by md5. */
    private void cloneRounds(int k) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (var entry : CLONE.entrySet()) {
                String table = entry.getKey();
                @SuppressWarnings("unchecked")
                List<String> columns = em.createNativeQuery(
                                "select column_name from information_schema.columns where table_name = :t"
                                        + " and is_generated = 'NEVER' order by ordinal_position")
                        .setParameter("t", table)
                        .getResultList();
                List<String> select = new ArrayList<>();
                for (String c : columns) {
                    if (entry.getValue().contains(c)) {
                        select.add("case when " + c + " is null then null else md5(" + c + "::text || ':" + k
                                + "')::uuid end");
                    } else if (table.equals("funding_round") && c.equals("number")) {
                        select.add("number + " + (10 * k));
                    } else if (table.equals("funding_round") && c.equals("title")) {
                        select.add("title || ' (Kopie " + k + ")'");
                    } else {
                        select.add(c);
                    }
                }
                String scope = switch (table) {
                    case "funding_round" -> " where id in (:r1, :r2)";
                    case "round_criterion", "round_quota", "application", "site", "network_event" ->
                        " where round_id in (:r1, :r2)";
                    default -> scopeBySite(table);
                };
                var q = em.createNativeQuery("insert into " + table + " (" + String.join(", ", columns) + ") select "
                        + String.join(", ", select) + " from " + table + scope);
                if (scope.contains(":r1")) {
                    q.setParameter("r1", RoundDemoData.id("round-1")).setParameter("r2", RoundDemoData.id("round-2"));
                }
                q.executeUpdate();
            }
        });
    }

    /** Rows below the demo rounds' sites and events (the original rows only, not earlier copies). */
    private static String scopeBySite(String table) {
        String demoSites = "(select id from site where round_id in (:r1, :r2))";
        return switch (table) {
            case "roadmap", "goal", "milestone", "booking" -> " where site_id in " + demoSites;
            case "measure" -> " where goal_id in (select id from goal where site_id in " + demoSites + ")";
            case "measure_partner" ->
                " where measure_id in (select m.id from measure m join goal g on g.id = m.goal_id where g.site_id in "
                        + demoSites + ")";
            case "registration" -> " where event_id in (select id from network_event where round_id in (:r1, :r2))";
            default -> throw new IllegalArgumentException(table);
        };
    }
}
