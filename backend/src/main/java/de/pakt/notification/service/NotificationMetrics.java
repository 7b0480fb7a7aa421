package de.pakt.notification.service;

import de.pakt.common.web.BacklogGauges;
import de.pakt.notification.service.NotificationQueries.Backlog;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The e-mail backlog as Prometheus gauges, for the alerts in docs/operations.md: notifications waiting, given up, and
 * how long the oldest due one has waited (mail relay down, or no sender running).
 */
@ApplicationScoped
public class NotificationMetrics {

    @Inject
    NotificationQueries queries;

    void register(@Observes StartupEvent started, MeterRegistry registry) {
        new BacklogGauges<Backlog>(registry, queries::backlog)
                .gauge("pakt.notifications.pending", "E-mails waiting to be sent or retried", false, Backlog::pending)
                .gauge("pakt.notifications.failed", "E-mails given up after every retry", false, Backlog::failed)
                .gauge(
                        "pakt.notifications.oldest.due",
                        "Seconds the oldest due e-mail has waited for a sender",
                        true,
                        Backlog::oldestDueSeconds);
    }
}
