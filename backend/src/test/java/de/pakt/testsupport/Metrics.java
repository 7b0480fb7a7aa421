package de.pakt.testsupport;

import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;

/** What Prometheus would scrape from the management port of the application under test. */
public final class Metrics {

    private Metrics() {}

    /** The management port of the tests (quarkus.management.test-port, 9001 unless set). */
    public static int managementPort() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(9001);
    }

    /** A gauge's or counter's first sample, by its Prometheus name. */
    public static double value(String name) {
        return lines(name + " ", name + "{")
                .mapToDouble(Metrics::sample)
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    /** A counter's or gauge's sample with this label (e.g. {@code result="hit"}), 0 while it has none yet. */
    public static double value(String name, String label) {
        return lines(name + "{")
                .filter(line -> line.contains(label))
                .mapToDouble(Metrics::sample)
                .findFirst()
                .orElse(0);
    }

    /** The scraped lines that start with one of these prefixes. */
    private static Stream<String> lines(String... prefixes) {
        return scrape().lines().filter(line -> Stream.of(prefixes).anyMatch(line::startsWith));
    }

    /** A sample line's value: the last field. */
    private static double sample(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private static String scrape() {
        return io.restassured.RestAssured.given()
                .port(managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
