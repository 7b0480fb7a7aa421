package de.pakt.notification.service;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.persistence.ScalarQuery;
import de.pakt.integration.service.FeedCursor;
import de.pakt.notification.NotificationCategory;
import de.pakt.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * The SQL of notifications: the planner's cursor, planning (with each recipient's choices), the senders' claims and
 * results, the log, and the few facts of other features the planner needs to find recipients.
 */
@ApplicationScoped
public class NotificationQueries {

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** One e-mail to plan; {@code dedupeKey} names the occasion and the recipient. */
    public record Planned(
            NotificationKind kind,
            String recipient,
            UUID subjectId,
            String detail,
            Long outboxPosition,
            String dedupeKey) {}

    /** A notification a sender holds: send it, then report with {@link #sent} or {@link #failed}. */
    public record Claim(
            UUID id,
            String kind,
            String recipient,
            String language,
            UUID subjectId,
            String detail,
            int attempt,
            UUID leaseToken) {}

    public record Row(
            UUID id,
            String kind,
            String category,
            String recipient,
            String language,
            UUID subjectId,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt,
            String lastError) {}

    public record Page(List<Row> rows, long total) {}

    @Inject
    Session session;

    // --- the planner's cursor

    /** The cursor as last committed, without a lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FeedCursor> cursor() {
        return session.createNativeQuery(
                        "select txid::text::bigint, position from notification_cursor where name = 'mail'",
                        FeedCursor.class)
                .getResultStream()
                .findFirst();
    }

    /** The cursor, locked until the transaction ends; empty while another replica's planner holds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FeedCursor> lockCursor() {
        List<FeedCursor> found =
                session.createNativeQuery("""
                        select txid::text::bigint, position from notification_cursor where name = 'mail'
                        for update skip locked""", FeedCursor.class).getResultList();
        return found.stream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void moveCursor(FeedCursor to) {
        session.createNativeQuery("""
                        update notification_cursor set txid = cast(cast(?1 as text) as xid8), position = ?2
                        where name = 'mail'""")
                .setParameter(1, Long.toString(to.txid()))
                .setParameter(2, to.position())
                .executeUpdate();
    }

    /** A job that must run on one replica at a time: true if this transaction got the lock (held until it ends). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryJobLock(String job) {
        return ScalarQuery.of(session, "select pg_try_advisory_xact_lock(hashtext(?1)) as mine", "mine", Boolean.class)
                .setParameter(1, "pakt.notification." + job)
                .getSingleResult();
    }

    // --- planning

    /**
     * Plans one e-mail unless the recipient switched its category off or it was planned before (same dedupe key); the
     * language is the recipient's choice, German without one. Answers whether it was planned now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean plan(Planned p) {
        return session.createNativeQuery("""
                                insert into notification
                                    (id, dedupe_key, kind, category, recipient, language, subject_id, detail,
                                     outbox_position, status, next_attempt_at, created_at)
                                select gen_random_uuid(), ?1, ?2, ?3, ?4,
                                       coalesce((select language from notification_preference
                                                 where lower(email) = lower(?4)), 'de'),
                                       ?5, ?6, ?7, 'PENDING', now(), now()
                                where not exists (select 1 from notification_preference
                                                  where lower(email) = lower(?4) and not (?3 = any (categories)))
                                on conflict (dedupe_key) do nothing""")
                        .setParameter(1, p.dedupeKey())
                        .setParameter(2, p.kind().name())
                        .setParameter(3, p.kind().category().name())
                        .setParameter(4, p.recipient())
                        .setParameter(5, p.subjectId())
                        .setParameter(6, p.detail())
                        .setParameter(7, p.outboxPosition())
                        .executeUpdate()
                == 1;
    }

    /** Whether the person of this registration was told they are on the waitlist (then a place is a move-up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean toldWaitlisted(UUID registrationId, String registeredAt) {
        return ScalarQuery.of(session, """
                        select exists (select 1 from notification
                                       where subject_id = ?1 and kind = 'REGISTRATION_WAITLISTED' and detail = ?2) as told""", "told", Boolean.class)
                .setParameter(1, registrationId)
                .setParameter(2, registeredAt)
                .getSingleResult();
    }

    // --- sending

    /**
     * Due notifications, oldest first. SKIP LOCKED lets several senders claim side by side; the lease lets another
     * sender retry one whose sender died.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(int batch, Duration lease) {
        return session.createNativeQuery("""
                        update notification n
                        set lease_until = now() + ?2 * interval '1 millisecond', lease_token = ?3,
                            attempts = n.attempts + 1
                        where n.id in (
                            select p.id from notification p
                            where p.status = 'PENDING' and p.next_attempt_at <= now()
                              and (p.lease_until is null or p.lease_until < now())
                            order by p.next_attempt_at, p.created_at
                            limit ?1
                            for update skip locked)
                        returning n.id, n.kind, n.recipient, n.language, n.subject_id, n.detail, n.attempts,
                                  n.lease_token""", Claim.class)
                .setParameter(1, batch)
                .setParameter(2, lease.toMillis())
                .setParameter(3, UUID.randomUUID())
                .getResultList();
    }

    /**
     * Extends a claim's lease just before its e-mail goes out; false if it ran out and another sender may have it
     * (then this one leaves it alone). A batch is sent one by one: the lease of its last row must not run out meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(Claim claim, Duration lease) {
        return session.createNativeQuery("""
                                update notification set lease_until = now() + ?3 * interval '1 millisecond'
                                where id = ?1 and lease_token = ?2 and lease_until > now() and status = 'PENDING'""")
                        .setParameter(1, claim.id())
                        .setParameter(2, claim.leaseToken())
                        .setParameter(3, lease.toMillis())
                        .executeUpdate()
                == 1;
    }

    /** Records a sent e-mail; false if the lease was lost meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(Claim claim) {
        return session.createNativeQuery("""
                                update notification
                                set status = 'SENT', sent_at = now(), lease_until = null, lease_token = null,
                                    last_error = null
                                where id = ?1 and lease_token = ?2""")
                        .setParameter(1, claim.id())
                        .setParameter(2, claim.leaseToken())
                        .executeUpdate()
                == 1;
    }

    /** Records a failed attempt: tried again after {@code retryAfter}, or given up (FAILED) when it is null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claim claim, String error, Duration retryAfter) {
        session.createNativeQuery("""
                        update notification
                        set status = case when ?3 < 0 then 'FAILED' else 'PENDING' end,
                            next_attempt_at = case when ?3 < 0 then next_attempt_at
                                                   else now() + ?3 * interval '1 millisecond' end,
                            lease_until = null, lease_token = null, last_error = ?4
                        where id = ?1 and lease_token = ?2""")
                .setParameter(1, claim.id())
                .setParameter(2, claim.leaseToken())
                .setParameter(3, retryAfter == null ? -1L : retryAfter.toMillis())
                .setParameter(4, error)
                .executeUpdate();
    }

    // --- the backlog (NotificationMetrics)

    public record Backlog(long pending, long failed, double oldestDueSeconds) {}

    /** Through the partial index of pending rows; a scrape never waits on a busy database for more than 2 s. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlog() {
        session.createNativeQuery("set local statement_timeout = '2s'").executeUpdate();
        return session.createNativeQuery("""
                        select
                          (select count(*) from notification where status = 'PENDING'),
                          (select count(*) from notification where status = 'FAILED'),
                          coalesce((select extract(epoch from now() - min(next_attempt_at))::float8 from notification
                                    where status = 'PENDING' and next_attempt_at <= now()), 0)
                        """, Backlog.class).getSingleResult();
    }

    // --- the log

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(Status status, String recipient, NotificationKind kind, int page, int size) {
        String where = """
                where (cast(?1 as text) is null or status = ?1)
                  and (cast(?2 as text) is null or lower(recipient) = lower(?2))
                  and (cast(?3 as text) is null or kind = ?3)""";
        String statusName = status == null ? null : status.name();
        String kindName = kind == null ? null : kind.name();
        long total = ScalarQuery.of(session, "select count(*) as total from notification " + where, "total", Long.class)
                .setParameter(1, statusName)
                .setParameter(2, recipient)
                .setParameter(3, kindName)
                .getSingleResult();
        List<Row> rows = session.createNativeQuery(
                        """
                                select id, kind, category, recipient, language, subject_id, status, attempts,
                                       created_at, sent_at,
                                       case when status = 'PENDING' then next_attempt_at end, last_error
                                from notification
                                """ + where + " order by created_at desc, id offset ?4 limit ?5", Row.class)
                .setParameter(1, statusName)
                .setParameter(2, recipient)
                .setParameter(3, kindName)
                .setParameter(4, (long) page * size)
                .setParameter(5, size)
                .getResultList();
        return new Page(rows, total);
    }

    // --- choices

    public record Preference(String email, String language, String[] categories, long version) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Preference> preference(String subject) {
        return session.createNativeQuery("""
                        select email, language, categories, version from notification_preference
                        where subject = ?1""", Preference.class).setParameter(1, subject).getResultList().stream()
                .findFirst();
    }

    /**
     * Saves a person's choices if {@code expectedVersion} is the stored one (0: none stored yet); answers false on a
     * stale version. Another account's row with the same address gives way: an address belongs to whoever verified it
     * last.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean savePreference(
            String subject,
            String email,
            String language,
            java.util.Set<NotificationCategory> categories,
            boolean office,
            long expectedVersion) {
        session.createNativeQuery(
                        "delete from notification_preference where lower(email) = lower(?1) and subject <> ?2")
                .setParameter(1, email)
                .setParameter(2, subject)
                .executeUpdate();
        String[] names = categories.stream().map(Enum::name).sorted().toArray(String[]::new);
        if (expectedVersion == 0) {
            return session.createNativeQuery("""
                                    insert into notification_preference
                                        (subject, email, language, categories, office, updated_at, version)
                                    values (?1, ?2, ?3, ?4, ?5, now(), 1)
                                    on conflict (subject) do nothing""")
                            .setParameter(1, subject)
                            .setParameter(2, email)
                            .setParameter(3, language)
                            .setParameter(4, names)
                            .setParameter(5, office)
                            .executeUpdate()
                    == 1;
        }
        return session.createNativeQuery("""
                                update notification_preference
                                set email = ?2, language = ?3, categories = ?4, office = ?5, updated_at = now(),
                                    version = version + 1
                                where subject = ?1 and version = ?6""")
                        .setParameter(1, subject)
                        .setParameter(2, email)
                        .setParameter(3, language)
                        .setParameter(4, names)
                        .setParameter(5, office)
                        .setParameter(6, expectedVersion)
                        .executeUpdate()
                == 1;
    }

    // --- recipients: facts of other features

    public record ApplicationFacts(UUID id, UUID roundId, String status, String contactEmail, Instant submittedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ApplicationFacts> application(UUID id) {
        return session.createNativeQuery("""
                        select id, round_id, status, contact_email, submitted_at from application where id = ?1""", ApplicationFacts.class).setParameter(1, id).getResultList().stream()
                .findFirst();
    }

    /** A site's contact (its application's) and facilitators: the lead first, then the co-facilitator. */
    public record SiteFacts(UUID id, String contactEmail, UUID leadId, String leadEmail, UUID coId, String coEmail) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SiteFacts> site(UUID id) {
        return session.createNativeQuery("""
                        select s.id, a.contact_email, lead.id, lead.email, co.id, co.email
                        from site s
                        join application a on a.id = s.application_id
                        left join facilitator lead on lead.id = s.lead_facilitator_id
                        left join facilitator co on co.id = s.co_facilitator_id
                        where s.id = ?1""", SiteFacts.class).setParameter(1, id).getResultList().stream()
                .findFirst();
    }

    public record RegistrationFacts(UUID id, UUID eventId, String email, String status, Instant registeredAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RegistrationFacts> registration(UUID id) {
        return session.createNativeQuery("""
                        select id, event_id, email, status, registered_at from registration
                        where id = ?1 and email not like 'geloescht-%@invalid'""", RegistrationFacts.class).setParameter(1, id).getResultList().stream()
                .findFirst();
    }

    public record EventFacts(UUID id, String status, int sequence, Instant startsAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventFacts> event(UUID id) {
        return session
                .createNativeQuery(
                        "select id, status, sequence, starts_at from network_event where id = ?1", EventFacts.class)
                .setParameter(1, id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The people holding a place or waiting for one, registered before {@code before}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegistrationFacts> participants(UUID eventId, Instant before) {
        return session.createNativeQuery("""
                        select id, event_id, email, status, registered_at from registration
                        where event_id = ?1 and status in ('REGISTERED', 'WAITLISTED') and registered_at < ?2
                          and email not like 'geloescht-%@invalid'
                        order by registered_at, id""", RegistrationFacts.class)
                .setParameter(1, eventId)
                .setParameter(2, Timestamp.from(before))
                .getResultList();
    }

    public record MilestoneFacts(UUID id, UUID siteId, LocalDate dueDate) {}

    /** Open milestones (not done, not dropped) of running sites due between the two days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MilestoneFacts> openMilestonesDue(LocalDate from, LocalDate to) {
        return session.createNativeQuery("""
                        select m.id, m.site_id, m.due_date from milestone m
                        join site s on s.id = m.site_id and s.status in ('ONBOARDING', 'ACTIVE')
                        where m.due_date between ?1 and ?2 and m.done_on is null and not m.dropped
                        order by m.due_date, m.id""", MilestoneFacts.class)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
    }

    /** The week's figures of the digest: from {@code from} (inclusive) to {@code to} (exclusive), German days. */
    public record Digest(
            long applications, long registrations, long overdueMilestones, long failedMails, long failedWebhooks) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Digest digest(LocalDate from, LocalDate to) {
        return session.createNativeQuery("""
                        with week as (
                            select (cast(?1 as date)::timestamp at time zone 'Europe/Berlin') as starts,
                                   (cast(?2 as date)::timestamp at time zone 'Europe/Berlin') as ends)
                        select
                          (select count(*) from application, week
                           where submitted_at >= week.starts and submitted_at < week.ends),
                          (select count(*) from registration, week
                           where created_at >= week.starts and created_at < week.ends),
                          (select count(*) from milestone m join site s on s.id = m.site_id
                           where s.status in ('ONBOARDING', 'ACTIVE') and m.done_on is null and not m.dropped
                             and m.due_date < (now() at time zone 'Europe/Berlin')::date),
                          (select count(*) from notification, week
                           where status = 'FAILED' and created_at >= week.starts and created_at < week.ends),
                          (select count(*) from webhook_delivery, week
                           where status = 'FAILED' and created_at >= week.starts and created_at < week.ends)
                        """, Digest.class)
                .setParameter(1, from)
                .setParameter(2, to)
                .getSingleResult();
    }

    /** Members of the programme office who chose the weekly digest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> digestRecipients() {
        return ScalarQuery.of(session, """
                        select email from notification_preference
                        where office and 'WEEKLY_DIGEST' = any (categories) order by email""", "email", String.class).getResultList();
    }
}
