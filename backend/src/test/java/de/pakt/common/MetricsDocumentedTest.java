package de.pakt.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts in docs/operations.md are only as good as the metric names they use: every Pakt, pool, HTTP and JVM
 * metric its monitoring section names must be among those the backend exposes on its management port.
 */
@QuarkusTest
class MetricsDocumentedTest {

    private static final Pattern METRIC =
            Pattern.compile("\\b(pakt_[a-z_]+|agroal_[a-z_]+|jvm_[a-z_]+|http_server_requests_seconds[a-z_]*)\\b");

    @Test
    void everyMetricTheOperationsGuideNamesIsExposed() throws IOException {
        Set<String> documented = new TreeSet<>();
        String guide = Files.readString(Path.of("../docs/operations.md"));
        int start = guide.indexOf("## Monitoring and alerts");
        assertThat(start).as("the operations guide has its monitoring section").isNotNegative();
        int end = guide.indexOf("\n## ", start + 1);
        Matcher names = METRIC.matcher(guide.substring(start, end < 0 ? guide.length() : end));
        while (names.find()) {
            documented.add(names.group(1));
        }
        assertThat(documented).contains("pakt_webhook_deliveries_pending", "http_server_requests_seconds_bucket");

        RestAssured.get("/api/v1/public/sites").then().statusCode(200); // so that the HTTP server has a series
        int port = de.pakt.testsupport.Metrics.managementPort();
        Set<String> exposed = new TreeSet<>();
        RestAssured.given()
                .port(port)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(exposed::add);

        assertThat(exposed).containsAll(documented);
    }
}
