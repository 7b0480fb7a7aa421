package de.pakt.integration.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.pakt.common.config.PaktConfig;
import de.pakt.integration.service.ChangeFeed;
import de.pakt.integration.webhook.WebhookDeliveries.Attempt;
import de.pakt.integration.webhook.WebhookDeliveries.Claim;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. Every replica runs one; they share the work through row claims in the database
 * ({@link WebhookDeliveries#claim}), so a delivery is sent by one worker at a time and retried by another if its
 * worker dies. Receivers get each change at least once and de-duplicate by {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    /** Longer than a connect and a read timeout together: a live worker never loses its lease mid-delivery. */
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Inject
    PaktConfig config;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    ChangeFeed feed;

    @Inject
    WebhookUrls urls;

    @Inject
    ObjectMapper json;

    private HttpClient client;
    private final String name = ProcessHandle.current().pid() + "@" + hostName();

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(config.webhooks().connectTimeout())
                // A receiver's redirect is a failed delivery, never a request to wherever it points.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(every = "1s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.webhooks().enabled()) {
            return;
        }
        try {
            runUntilIdle();
        } catch (RuntimeException e) {
            // The next run tries again (e.g. while the database restarts); deliveries stay queued.
            LOG.warnf("Webhook deliveries paused for a moment: %s", e.getMessage());
        }
    }

    /** Delivers batches until nothing is due; answers how many deliveries were attempted. */
    public int runUntilIdle() {
        int total = 0;
        int sent;
        do {
            sent = runOnce();
            total += sent;
        } while (sent == config.webhooks().batchSize());
        return total;
    }

    /** Claims one batch, sends it in parallel, records every result; answers the batch's size. */
    public int runOnce() {
        List<Claim> claims = deliveries.claim(config.webhooks().batchSize(), LEASE);
        List<CompletableFuture<Runnable>> sending = new ArrayList<>();
        for (Claim claim : claims) {
            sending.add(send(claim));
        }
        for (CompletableFuture<Runnable> result : sending) {
            try {
                result.join().run();
            } catch (RuntimeException e) {
                // One record that cannot be written (e.g. its subscription was deleted meanwhile) must not keep the
                // others of the batch from theirs; an unrecorded one is retried when its lease runs out.
                LOG.warnf("A webhook delivery result was not recorded: %s", e.getMessage());
            }
        }
        return claims.size();
    }

    /**
     * Resolves, checks and sends one delivery off the worker's thread, so that a slow name lookup does not hold up the
     * batch; the whole exchange ends within connect + read timeout + 5 s, well inside the lease.
     */
    private CompletableFuture<Runnable> send(Claim claim) {
        Instant started = Instant.now();
        Duration deadline = config.webhooks()
                .connectTimeout()
                .plus(config.webhooks().readTimeout())
                .plusSeconds(5);
        return CompletableFuture.supplyAsync(() -> prepare(claim, started))
                .thenCompose(prepared -> prepared.request() == null
                        ? CompletableFuture.completedFuture(prepared.done())
                        : client.sendAsync(prepared.request(), HttpResponse.BodyHandlers.discarding())
                                .handle((response, error) -> outcome(claim, started, response, error)))
                .orTimeout(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(error -> outcome(claim, started, null, error));
    }

    /** Either a request to send, or (request null) what to record without sending. */
    private record Prepared(HttpRequest request, Runnable done) {}

    private Prepared prepare(Claim claim, Instant started) {
        Optional<WebhookDeliveries.Target> found = deliveries.target(claim.subscriptionId());
        if (found.isEmpty()) {
            return new Prepared(null, () -> {}); // deleted meanwhile, with its deliveries
        }
        WebhookDeliveries.Target target = found.get();
        ChangeFeed.Entry change = feed.at(claim.outboxPosition());
        Optional<WebhookUrls.Refusal> refused = urls.check(target.url());
        if (refused.isPresent() && !refused.get().lasting()) {
            // The name did not resolve just now: retried like a network error.
            return new Prepared(
                    null,
                    outcome(
                            claim,
                            started,
                            null,
                            new java.net.UnknownHostException(
                                    refused.get().reason().toString())));
        }
        if (refused.isPresent()) {
            Attempt attempt = new Attempt(
                    claim.attempt(),
                    started,
                    0,
                    null,
                    "Adresse abgelehnt: " + refused.get().reason().toString());
            return new Prepared(
                    null,
                    () -> deliveries.failed(
                            claim,
                            attempt,
                            name,
                            null,
                            "Die Adresse wird nicht beliefert: "
                                    + refused.get().reason().toString()));
        }
        String body = payload(change);
        long timestamp = started.getEpochSecond();
        return new Prepared(
                HttpRequest.newBuilder(URI.create(target.url()))
                        .timeout(config.webhooks().readTimeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Pakt-Webhooks/1")
                        .header("webhook-id", change.id().toString())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header(
                                "webhook-signature",
                                WebhookSignature.sign(
                                        target.secret(), change.id().toString(), timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                null);
    }

    private Runnable outcome(Claim claim, Instant started, HttpResponse<?> response, Throwable error) {
        int duration = (int) Duration.between(started, Instant.now()).toMillis();
        if (error == null && response.statusCode() / 100 == 2) {
            Attempt attempt = new Attempt(claim.attempt(), started, duration, response.statusCode(), null);
            return () -> deliveries.succeeded(claim, attempt, name);
        }
        Integer status = error == null ? response.statusCode() : null;
        String problem = error == null ? "HTTP " + status : describe(error);
        Attempt attempt = new Attempt(claim.attempt(), started, duration, status, problem);
        boolean retryable = error != null || status >= 500 || status == 408 || status == 429;
        List<Duration> schedule = config.webhooks().retrySchedule();
        if (retryable && claim.attempt() <= schedule.size()) {
            Duration wait = jitter(schedule.get(claim.attempt() - 1));
            return () -> deliveries.failed(claim, attempt, name, wait, null);
        }
        String reason = retryable
                ? "Nach " + claim.attempt() + " Versuchen aufgegeben (zuletzt: " + problem + ")."
                : status == 410 ? "Der Empfänger meldet 410 Gone." : null;
        return () -> deliveries.failed(claim, attempt, name, null, reason);
    }

    /** ±20 %, so that receivers recovering from an outage are not hit by every retry at once. */
    private static Duration jitter(Duration wait) {
        double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "Zeitüberschreitung";
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "Name nicht auflösbar";
        }
        if (cause instanceof java.net.ConnectException) {
            return "Verbindung abgelehnt";
        }
        if (cause instanceof IOException) {
            return "Netzwerkfehler: " + cause.getClass().getSimpleName();
        }
        return "Fehler: " + cause.getClass().getSimpleName();
    }

    /** The Standard Webhooks envelope: type, timestamp, and the feed entry as data. */
    private String payload(ChangeFeed.Entry change) {
        try {
            return json.writeValueAsString(java.util.Map.of(
                    "type", change.type(),
                    "timestamp", change.occurredAt().toString(),
                    "data", change.toApi()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
