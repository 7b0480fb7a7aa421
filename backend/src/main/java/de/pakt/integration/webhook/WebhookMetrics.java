package de.pakt.integration.webhook;

import de.pakt.common.web.BacklogGauges;
import de.pakt.integration.webhook.WebhookDeliveries.Backlog;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The webhook backlog as Prometheus gauges, for the alerts in docs/operations.md: deliveries waiting, deliveries given
 * up, and how long the oldest due one has waited (workers stuck or too few). Read from the database at each scrape.
 */
@ApplicationScoped
public class WebhookMetrics {

    @Inject
    WebhookDeliveries deliveries;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        new BacklogGauges<Backlog>(registry, deliveries::backlog)
                .gauge(
                        "pakt.webhook.deliveries.pending",
                        "Deliveries waiting to be sent or retried",
                        false,
                        Backlog::pending)
                .gauge(
                        "pakt.webhook.deliveries.failed",
                        "Deliveries given up after every retry",
                        false,
                        Backlog::failed)
                .gauge(
                        "pakt.webhook.deliveries.oldest.due",
                        "Seconds the oldest due delivery has waited for a worker",
                        true,
                        Backlog::oldestDueSeconds);
    }
}
