package de.pakt.notification.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import de.pakt.common.config.PaktConfig;
import de.pakt.notification.NotificationKind;
import de.pakt.notification.service.NotificationQueries.Claim;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends due notifications through the SMTP server. Every replica runs one; they claim rows in the database
 * ({@link NotificationQueries#claim}), so one sender at a time holds a notification. A failed attempt is retried on the
 * configured schedule, then recorded as failed. A batch is sent one by one, each after renewing its lease (a lease
 * that ran out meanwhile leaves the row to whichever sender took it). An e-mail the SMTP server accepted is recorded as
 * sent at once; only a sender that dies (or stalls past the lease) between the two could send it a second time, which
 * the stable Message-ID lets mail programs spot.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    /** Longer than an SMTP exchange with its timeouts: a live sender never loses its lease mid-send. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    PaktConfig config;

    @Inject
    NotificationQueries queries;

    @Inject
    MailComposer composer;

    @Inject
    Mailer mailer;

    /** Sends batches until nothing is due; answers how many notifications were attempted. */
    public int runUntilIdle() {
        int total = 0;
        int sent;
        do {
            sent = runOnce();
            total += sent;
        } while (sent == config.notifications().batchSize());
        return total;
    }

    /** Claims one batch and sends it; answers the batch's size. */
    public int runOnce() {
        List<Claim> claims = queries.claim(config.notifications().batchSize(), LEASE);
        for (Claim claim : claims) {
            send(claim);
        }
        return claims.size();
    }

    private void send(Claim claim) {
        if (!queries.renew(claim, LEASE)) {
            return; // its lease ran out while earlier ones of the batch were sent: another sender has it now
        }
        NotificationKind kind = NotificationKind.valueOf(claim.kind());
        Optional<MailComposer.Composed> composed;
        try {
            composed = composer.compose(kind, claim.language(), claim.subjectId(), claim.detail());
        } catch (RuntimeException e) {
            if (fromTheDatabase(e)) {
                // The database was away for a moment: the text can be written on the next attempt.
                retryOrGiveUp(claim, "Datenbank nicht erreichbar");
                return;
            }
            // A text that cannot be written will not be written on the next attempt either.
            LOG.errorf(e, "Notification %s (%s) could not be composed", claim.id(), kind);
            queries.failed(claim, "Nicht verfasst: " + e.getClass().getSimpleName(), null);
            return;
        }
        if (composed.isEmpty()) {
            queries.failed(claim, "Gegenstand gelöscht: nichts mehr mitzuteilen.", null);
            return;
        }
        MailComposer.Composed mail = composed.get();
        Mail message = new Mail()
                .setTo(List.of(claim.recipient()))
                .setSubject(mail.subject())
                .setText(mail.text())
                .setHtml(mail.html())
                .addHeader("Message-ID", "<" + claim.id() + "@notifications.pakt>")
                .addHeader("Auto-Submitted", "auto-generated");
        if (mail.calendar() != null) {
            message.addAttachment(
                    "termin.ics", mail.calendar().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8");
        }
        try {
            mailer.send(message);
        } catch (RuntimeException e) {
            retryOrGiveUp(claim, describe(e));
            return;
        }
        if (!queries.sent(claim)) {
            LOG.warnf("Notification %s was sent after its lease ran out", claim.id());
        }
    }

    private void retryOrGiveUp(Claim claim, String error) {
        List<Duration> schedule = config.notifications().retrySchedule();
        if (claim.attempt() <= schedule.size()) {
            queries.failed(claim, error, jitter(schedule.get(claim.attempt() - 1)));
        } else {
            LOG.warnf("Notification %s given up after %d attempts: %s", claim.id(), claim.attempt(), error);
            queries.failed(claim, "Nach " + claim.attempt() + " Versuchen aufgegeben (zuletzt: " + error + ").", null);
        }
    }

    private static boolean fromTheDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException
                    || cause instanceof jakarta.persistence.PersistenceException
                    || cause instanceof jakarta.transaction.SystemException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** ±20 %, so that a recovering mail relay is not hit by every retry at once. */
    private static Duration jitter(Duration wait) {
        double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.round(wait.toMillis() * factor));
    }

    /** The failure without addresses (an SMTP answer may quote the recipient). */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.net.ConnectException) {
            return "SMTP-Server nicht erreichbar";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().replaceAll("\\S+@\\S+", "<Adresse>");
        return cause.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }
}
