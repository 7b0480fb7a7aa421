package de.pakt.privacy.service;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.pakt.api.model.RetentionKind;
import de.pakt.api.model.RetentionReport;
import de.pakt.api.model.RetentionRule;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.common.persistence.ScalarQuery;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Storage limitation (DSGVO Art. 5(1)(e)): personal data goes when its purpose is served, per kind after a configured
 * period (docs/privacy.md has the defaults). Every replica runs the job; a transaction-scoped advisory lock lets one
 * at a time work, and a second run finds nothing left. The report is the same rules counted, changing nothing.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** One rule: which rows are past their period (?1 = the period), and what the job does with them. */
    private record Rule(RetentionKind kind, Period period, String table, String due, String apply) {}

    @Inject
    PaktConfig config;

    @Inject
    Session session;

    @Inject
    AuditTrail audit;

    private List<Rule> rules() {
        PaktConfig.Retention periods = config.retention();
        return List.of(
                // Participants of an event: pseudonymised when the event ended this long ago (attendance stays).
                new Rule(
                        RetentionKind.EVENT_PARTICIPANTS,
                        periods.eventParticipants(),
                        "registration",
                        "event_id in (select id from network_event where ends_at < now() - cast(?1 as interval)) and "
                                + PersonalDataQueries.NOT_YET_ERASED,
                        PersonalDataQueries.pseudonymiseRegistrations("%s")),
                // The log of e-mails: deleted this long after they were written (pending ones stay until they end).
                new Rule(
                        RetentionKind.NOTIFICATIONS,
                        periods.notifications(),
                        "notification",
                        "created_at < now() - cast(?1 as interval) and status <> 'PENDING'",
                        "delete from notification where %s"),
                // Contact data of applications that never reached a decision (drafts, withdrawn ones).
                new Rule(
                        RetentionKind.UNDECIDED_APPLICATION_CONTACTS,
                        periods.undecidedApplicationContacts(),
                        "application",
                        "status in ('DRAFT', 'WITHDRAWN') and updated_at < now() - cast(?1 as interval)"
                                + " and (contact_name is not null or contact_email is not null"
                                + " or contact_phone is not null)",
                        "update application set contact_name = null, contact_email = null, contact_phone = null,"
                                + " updated_at = now(), version = version + 1 where %s"));
    }

    /** What the job would do now: per rule its period and the rows past it. */
    @Transactional
    public RetentionReport report(Locale locale) {
        List<RetentionRule> lines = new ArrayList<>();
        for (Rule rule : rules()) {
            Number due =
                    (Number) session.createNativeQuery("select count(*) from " + rule.table() + " where " + rule.due())
                            .setParameter(1, rule.period().toString())
                            .getSingleResult();
            lines.add(new RetentionRule()
                    .kind(rule.kind())
                    .period(rule.period().toString())
                    .description(Messages.render(
                            Message.of("privacy.retention." + rule.kind(), months(rule.period())), locale))
                    .due(due.longValue()));
        }
        return new RetentionReport()
                .generatedAt(Instant.now().atOffset(ZoneOffset.UTC))
                .rules(lines);
    }

    /** Applies every rule; answers the rows changed per rule, or null if another replica is at it just now. */
    @Transactional
    public List<Integer> apply() {
        boolean mine = ScalarQuery.of(
                        session,
                        "select pg_try_advisory_xact_lock(hashtext('pakt.privacy.retention')) as mine",
                        "mine",
                        Boolean.class)
                .getSingleResult();
        if (!mine) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        List<String> touched = new ArrayList<>();
        for (Rule rule : rules()) {
            int rows = session.createNativeQuery(rule.apply().formatted(rule.due()))
                    .setParameter(1, rule.period().toString())
                    .executeUpdate();
            changed.add(rows);
            touched.add(rule.kind() + "=" + rows);
        }
        if (changed.stream().anyMatch(n -> n > 0)) {
            audit.recordAs("system:retention", "", "personal-data", "retention", Action.DELETE, touched);
            LOG.infof("Retention applied: %s", touched);
        }
        return changed;
    }

    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.retention().enabled()) {
            return;
        }
        try {
            apply();
        } catch (RuntimeException e) {
            LOG.warnf("Retention paused until the next run: %s", e.getMessage());
        }
    }

    private static long months(Period period) {
        return period.toTotalMonths();
    }
}
