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
 * every replica reports the same cluster-wide figures (alert on {@code max}); nothing is kept in memory.
 */
@ApplicationScoped
public class WebhookMetrics {

    private static final Logger LOG = Logger.getLogger(WebhookMetrics.class);

    @Inject
    WebhookDeliveries deliveries;

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
    private double read(ToDoubleFunction<Backlog> value) {
        try {
            return value.applyAsDouble(deliveries.backlog());
        } catch (RuntimeException e) {
            LOG.debugf("webhook backlog unavailable: %s", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }
}
