package de.pakt.common;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing switched on (as an operator does: the SDK enabled and an OTLP endpoint), every request's server span
 * reaches the collector — named by its route and carrying the request id the caller sees — and nothing of the caller's
 * address, query string or calendar secret goes with it. The collector here is a real HTTP server receiving OTLP over
 * HTTP/protobuf; strings travel in protobuf as UTF-8 bytes, so they are searched in the bodies as received.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    /** System properties, not fields: the profile and the test may be loaded by different class loaders. */
    private static final String PORT_PROPERTY = "tracing-test.collector-port";

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port = Integer.getInteger(PORT_PROPERTY, 0);
            if (port == 0) {
                port = freePortBelowTheEphemeralRange();
                System.setProperty(PORT_PROPERTY, Integer.toString(port));
            }
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + port,
                    "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    /**
     * The collector binds its port only after Quarkus has started, some seconds after the port was chosen. A port from
     * the ephemeral range (what {@code new ServerSocket(0)} gives) may be taken in between by any outgoing connection
     * of the suite (2026-12-05: "Address already in use"); below it (Linux: 32768 and up) only a listener could.
     */
    static int freePortBelowTheEphemeralRange() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static HttpServer collector;
    private static final List<String> exports = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startCollector() throws IOException {
        int port = Integer.getInteger(PORT_PROPERTY);
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        collector.createContext("/", exchange -> {
            // ISO-8859-1 maps every byte to one char: protobuf framing stays harmless, UTF-8 ASCII strings searchable.
            exports.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterAll
    static void stopCollector() {
        collector.stop(0);
    }

    @Test
    void aRequestsSpanCarriesItsRouteAndRequestIdButNotTheQuery() throws InterruptedException {
        RestAssured.given()
                .header("X-Request-Id", "trace-test-0000001")
                .queryParam("q", "Zaunkoenigweg")
                .get("/api/v1/public/measures")
                .then()
                .statusCode(200);

        String export = awaitExportContaining("trace-test-0000001");
        assertThat(export)
                .startsWith("/v1/traces ")
                .contains("pakt-backend", "/api/v1/public/measures", "pakt.request_id", "redacted")
                .doesNotContain("Zaunkoenigweg", "127.0.0.1");
    }

    @Test
    void aCalendarFeedsSecretStaysOutOfTheTrace() throws InterruptedException {
        RestAssured.given()
                .header("X-Request-Id", "trace-test-0000002")
                .get("/api/v1/calendar/feeds/AbCdEfSecretFeedToken0123456789ab.ics")
                .then()
                .statusCode(404);

        String export = awaitExportContaining("trace-test-0000002");
        assertThat(export).contains("/api/v1/calendar/feeds/redacted").doesNotContain("SecretFeedToken");
    }

    /** Spans leave in batches (every 100 ms here): wait up to 15 s for the one with this request id. */
    private static String awaitExportContaining(String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (String export : exports) {
                if (export.contains(requestId)) {
                    return export;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span with request id " + requestId + " reached the collector; received: "
                + exports.size() + " exports");
    }
}
