package de.pakt.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.demo.RoundDemoData;
import de.pakt.devsupport.DataMultiplier;
import de.pakt.testsupport.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
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

    /** Copy k of the demo programme's decided rounds (1 and 2) with everything below them. */
    private void cloneRounds(int k) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.unwrap(Session.class).doWork(db -> DataMultiplier.copyDecidedRounds(db, k)));
    }
}
