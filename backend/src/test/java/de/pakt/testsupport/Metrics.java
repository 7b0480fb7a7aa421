package de.pakt.testsupport;

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
        return scrape().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    /** A counter's or gauge's sample with this label (e.g. {@code result="hit"}), 0 while it has none yet. */
    public static double value(String name, String label) {
        return scrape().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
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
