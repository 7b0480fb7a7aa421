package de.pakt.privacy.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.ScalarQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * The SQL of data protection: where Pakt keeps a person's data (found by e-mail address and the accounts that verified
 * it), and how it pseudonymises them in place. Pseudonymised rows keep their ids, statuses and counts, so that every
 * figure built on them stays as it was.
 */
@ApplicationScoped
public class PersonalDataQueries {

    /** What replaces a registered person's name. */
    static final String ERASED_NAME = "Gelöschte Person";

    /** What replaces a pseudonymised facilitator's name. */
    static final String ERASED_FACILITATOR = "Gelöschte Prozessbegleitung";

    /**
     * A registration's pseudonymous address: unique per registration (one address per event is a unique index), in
     * the reserved top-level domain {@code .invalid}, so that nothing is ever sent there.
     */
    static final String ERASED_EMAIL = "'geloescht-' || id || '@invalid'";

    /** The statements that pseudonymise registrations (by erasure or retention), given a condition on the row. */
    static String pseudonymiseRegistrations(String where) {
        // registered_by names the person's own account when they registered themselves: that link goes too.
        return "update registration set person_name = '" + ERASED_NAME + "', email = " + ERASED_EMAIL
                + ", organisation = null, person_subject = null,"
                + " registered_by = case when registered_by = person_subject then 'geloescht' else registered_by end,"
                + " updated_at = now(), version = version + 1 where " + where;
    }

    /** A registration is pseudonymised when its address is one of ours. */
    static final String NOT_YET_ERASED = "email not like 'geloescht-%@invalid'";

    @Inject
    Session session;

    /**
     * The accounts (token subjects) that verified the address: a saved choice of e-mails (made with the verified
     * address), a facilitator login. Not a registration's account: whoever registers themselves types the address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> subjects(String email) {
        return ScalarQuery.of(session, """
                        select subject from notification_preference where lower(email) = lower(?1)
                        union select account_subject from facilitator
                              where lower(email) = lower(?1) and account_subject is not null""", "subject", String.class)
                .setParameter(1, email)
                .getResultList();
    }

    public record ApplicationRow(
            UUID id,
            String round,
            String applicant,
            String contactName,
            String contactEmail,
            String contactPhone,
            String status,
            Instant submittedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ApplicationRow> applications(String email) {
        return session.createNativeQuery("""
                        select a.id, r.title, area.name, a.contact_name, a.contact_email, a.contact_phone, a.status,
                               a.submitted_at
                        from application a
                        join funding_round r on r.id = a.round_id
                        join administrative_area area on area.area_key = a.applicant_key
                        where lower(a.contact_email) = lower(?1)
                        order by a.created_at, a.id""", ApplicationRow.class)
                .setParameter(1, email)
                .getResultList();
    }

    public record RegistrationRow(
            UUID id,
            String event,
            Instant eventStartsAt,
            String name,
            String email,
            String organisation,
            String status,
            Instant registeredAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RegistrationRow> registrations(String email, List<String> subjects) {
        return session.createNativeQuery("""
                        select g.id, e.title, e.starts_at, g.person_name, g.email, g.organisation, g.status,
                               g.registered_at
                        from registration g join network_event e on e.id = g.event_id
                        where lower(g.email) = lower(?1) or g.person_subject = any (?2)
                        order by e.starts_at, g.id""", RegistrationRow.class)
                .setParameter(1, email)
                .setParameter(2, subjects.toArray(String[]::new))
                .getResultList();
    }

    public record FacilitatorRow(
            UUID id,
            String name,
            String email,
            String phone,
            String homeRegionKey,
            int capacity,
            Long dayRateCents,
            String[] expertise,
            String[] sites) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<FacilitatorRow> facilitators(String email, List<String> subjects) {
        return session.createNativeQuery("""
                        select f.id, f.name, f.email, f.phone, f.home_region_key, f.capacity, f.day_rate_cents,
                               array(select x.topic from facilitator_expertise x
                                     where x.facilitator_id = f.id order by x.position),
                               array(select area.name from site s
                                     join administrative_area area on area.area_key = s.applicant_key
                                     where f.id in (s.lead_facilitator_id, s.co_facilitator_id)
                                     order by area.name)
                        from facilitator f
                        where lower(f.email) = lower(?1) or f.account_subject = any (?2)
                        order by f.id""", FacilitatorRow.class)
                .setParameter(1, email)
                .setParameter(2, subjects.toArray(String[]::new))
                .getResultList();
    }

    public record PreferenceRow(String language, String[] categories) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<PreferenceRow> preferences(String email, List<String> subjects) {
        return session.createNativeQuery("""
                        select language, categories from notification_preference
                        where lower(email) = lower(?1) or subject = any (?2)""", PreferenceRow.class)
                .setParameter(1, email)
                .setParameter(2, subjects.toArray(String[]::new))
                .getResultList();
    }

    public record NotificationRow(String kind, String status, Instant createdAt, Instant sentAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<NotificationRow> notifications(String email) {
        return session.createNativeQuery("""
                        select kind, status, created_at, sent_at from notification
                        where lower(recipient) = lower(?1) order by created_at, id""", NotificationRow.class)
                .setParameter(1, email)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean calendarLink(List<String> subjects) {
        return ScalarQuery.of(
                        session,
                        "select exists (select 1 from calendar_token where subject = any (?1)) as linked",
                        "linked",
                        Boolean.class)
                .setParameter(1, subjects.toArray(String[]::new))
                .getSingleResult();
    }

    public record ActivityRow(Instant occurredAt, String action, String entityType, String entityId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ActivityRow> activity(List<String> subjects) {
        return session.createNativeQuery("""
                        select occurred_at, action, entity_type, entity_id from audit_event
                        where actor = any (?1) order by occurred_at desc limit 1000""", ActivityRow.class)
                .setParameter(1, subjects.toArray(String[]::new))
                .getResultList();
    }

    public record ReviewRow(UUID applicationId, String round, String applicant, String comment, Instant updatedAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReviewRow> reviews(List<String> subjects) {
        return session.createNativeQuery("""
                        select a.id, r.title, area.name, v.comment, v.updated_at
                        from review v
                        join application a on a.id = v.application_id
                        join funding_round r on r.id = a.round_id
                        join administrative_area area on area.area_key = a.applicant_key
                        where v.reviewer = any (?1)
                        order by v.updated_at, v.id""", ReviewRow.class)
                .setParameter(1, subjects.toArray(String[]::new))
                .getResultList();
    }

    // --- erasure

    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseRegistrations(String email, List<String> subjects) {
        return session.createNativeQuery(pseudonymiseRegistrations(
                        "(lower(email) = lower(?1) or person_subject = any (?2)) and " + NOT_YET_ERASED))
                .setParameter(1, email)
                .setParameter(2, subjects.toArray(String[]::new))
                .executeUpdate();
    }

    /** Contact data of applications that never reached a decision (drafts, withdrawn ones). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseApplicationContacts(String email) {
        return session.createNativeQuery("""
                        update application
                        set contact_name = null, contact_email = null, contact_phone = null, updated_at = now(),
                            version = version + 1
                        where lower(contact_email) = lower(?1) and status in ('DRAFT', 'WITHDRAWN')""").setParameter(1, email).executeUpdate();
    }

    /** Pseudonymises the facilitator records no site names; answers their number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseUnassignedFacilitators(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        UUID[] array = ids.toArray(UUID[]::new);
        session.createNativeQuery("delete from facilitator_expertise where facilitator_id = any (?1)")
                .setParameter(1, array)
                .executeUpdate();
        return session.createNativeQuery("update facilitator set name = '" + ERASED_FACILITATOR + "', email = null,"
                        + " phone = null, account_subject = null, updated_at = now(), version = version + 1"
                        + " where id = any (?1)")
                .setParameter(1, array)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int erasePreferences(String email, List<String> subjects) {
        return session.createNativeQuery(
                        "delete from notification_preference where lower(email) = lower(?1) or subject = any (?2)")
                .setParameter(1, email)
                .setParameter(2, subjects.toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * The e-mails stay in the log (that they were sent), without the address (their dedupe keys hold it only hashed);
     * those not sent yet are not sent any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseNotificationRecipients(String email) {
        return session.createNativeQuery("""
                        update notification
                        set recipient = 'geloescht@invalid',
                            status = case when status = 'PENDING' then 'FAILED' else status end,
                            last_error = case when status = 'PENDING' then 'Empfänger gelöscht' else last_error end,
                            lease_until = null, lease_token = null
                        where lower(recipient) = lower(?1)""").setParameter(1, email).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseCalendarLinks(List<String> subjects) {
        return session.createNativeQuery("delete from calendar_token where subject = any (?1)")
                .setParameter(1, subjects.toArray(String[]::new))
                .executeUpdate();
    }

    /** Stored answers of creating requests (kept a day for retries) that quote the address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseStoredAnswers(String email) {
        return session.createNativeQuery(
                        "delete from idempotency_key where strpos(lower(response_body), lower(?1)) > 0")
                .setParameter(1, email)
                .executeUpdate();
    }
}
