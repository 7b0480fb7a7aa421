package de.pakt.notification.service;

import java.util.function.ToDoubleFunction;

import de.pakt.notification.service.NotificationQueries.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The e-mail backlog as Prometheus gauges, for the alerts in docs/operations.md: notifications waiting, given up, and
 * how long the oldest due one has waited (mail relay down, or no sender running). Cluster-wide figures from the
 * database, one query per scrape (reused for a second), like the webhook gauges.
 */
@ApplicationScoped
public class NotificationMetrics {

    private static final Logger LOG = Logger.getLogger(NotificationMetrics.class);

    private static final long REUSE_NANOS = 1_000_000_000L;

    @Inject
    NotificationQueries queries;

    private Backlog last;
    private long readAt;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        gauge(registry, "pakt.notifications.pending", "E-mails waiting to be sent or retried", Backlog::pending);
        gauge(registry, "pakt.notifications.failed", "E-mails given up after every retry", Backlog::failed);
        Gauge.builder("pakt.notifications.oldest.due", this, m -> m.read(Backlog::oldestDueSeconds))
                .description("Seconds the oldest due e-mail has waited for a sender")
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

    /** NaN while the database cannot answer. */
    private synchronized double read(ToDoubleFunction<Backlog> value) {
        try {
            if (last == null || System.nanoTime() - readAt > REUSE_NANOS) {
                last = queries.backlog();
                readAt = System.nanoTime();
            }
            return value.applyAsDouble(last);
        } catch (RuntimeException e) {
            LOG.debugf("notification backlog unavailable: %s", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }
}
