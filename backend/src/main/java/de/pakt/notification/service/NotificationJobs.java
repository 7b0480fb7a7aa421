package de.pakt.notification.service;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import de.pakt.common.config.PaktConfig;
import de.pakt.common.web.GermanTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** When the notification work runs in this replica (all of it shared with the others through the database). */
@ApplicationScoped
public class NotificationJobs {

    private static final Logger LOG = Logger.getLogger(NotificationJobs.class);

    @Inject
    PaktConfig config;

    @Inject
    NotificationPlanner planner;

    @Inject
    NotificationSender sender;

    @Inject
    NotificationReminders reminders;

    @Scheduled(every = "2s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planAndSend() {
        if (!config.notifications().enabled()) {
            return;
        }
        // Apart: a planner that fails (e.g. on a change it cannot read) must not keep planned e-mails from going out.
        try {
            planner.runUntilIdle();
        } catch (RuntimeException e) {
            // The next run tries again (e.g. while the database restarts); nothing is lost.
            LOG.warnf("Planning e-mails paused for a moment: %s", e.getMessage());
        }
        try {
            sender.runUntilIdle();
        } catch (RuntimeException e) {
            LOG.warnf("Sending e-mails paused for a moment: %s", e.getMessage());
        }
    }

    @Scheduled(
            every = "{pakt.notifications.reminder-interval}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        if (!config.notifications().enabled()) {
            return;
        }
        try {
            reminders.remindMilestones(LocalDate.now(GermanTime.BERLIN));
            reminders.planDigest(ZonedDateTime.now(GermanTime.BERLIN));
        } catch (RuntimeException e) {
            LOG.warnf("Reminders paused for a moment: %s", e.getMessage());
        }
    }
}
