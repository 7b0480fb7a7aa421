package de.pakt.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint on loopback that receives webhooks, as a subscriber's server would: it records every request
 * and answers with the status {@code answers} gives for the n-th request (0-based); a negative status means "say
 * nothing for that many milliseconds" (a receiver that hangs), then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(
            String webhookId, String timestamp, String signature, String body, Instant at, int answered) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver(IntUnaryOperator answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answers.applyAsInt(received.size());
            Map<String, List<String>> h = exchange.getRequestHeaders();
            received.add(new Received(
                    h.getOrDefault("webhook-id", List.of("")).get(0),
                    h.getOrDefault("webhook-timestamp", List.of("")).get(0),
                    h.getOrDefault("webhook-signature", List.of("")).get(0),
                    body,
                    Instant.now(),
                    status));
            if (status < 0) {
                try {
                    Thread.sleep(-status);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
