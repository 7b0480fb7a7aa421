package de.pakt.integration.webhook;

import java.util.function.ToDoubleFunction;

import de.pakt.integration.webhook.WebhookDeliveries.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The webhook backlog as Prometheus gauges, for the alerts in docs/operations.md: deliveries waiting, deliveries given
 * up, and how long the oldest due one has waited (workers stuck or too few). Read from the database at each scrape, so
 * every replica reports the same cluster-wide figures (alert on {@code max}). One query serves the three gauges of a
 * scrape (the value is reused for a second, no longer, so nothing stale is kept).
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    private static final long REUSE_NANOS = 1_000_000_000L;

    @Inject
    WebhookDeliveries deliveries;

    private Backlog last;
    private long readAt;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        gauge(
                registry,
                "pakt.webhook.deliveries.pending",
                "Deliveries waiting to be sent or retried",
                Backlog::pending);
        gauge(registry, "pakt.webhook.deliveries.failed", "Deliveries given up after every retry", Backlog::failed);
        Gauge.builder("pakt.webhook.deliveries.oldest.due", this, m -> m.read(Backlog::oldestDueSeconds))
                .description("Seconds the oldest due delivery has waited for a worker")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Backlog> value) {
        Gauge.builder(name, this, m -> m.read(value))
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    /** NaN while the database cannot answer: the scrape goes on, the health check reports the database. */
    private synchronized double read(ToDoubleFunction<Backlog> value) {
        try {
            if (last == null || System.nanoTime() - readAt > REUSE_NANOS) {
                last = deliveries.backlog();
                readAt = System.nanoTime();
            }
            return value.applyAsDouble(last);
        } catch (RuntimeException e) {
            LOG.debugf("webhook backlog unavailable: %s", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }
}
