package de.pakt.privacy.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.pakt.api.model.ApplicationStatus;
import de.pakt.api.model.KeptRecord;
import de.pakt.api.model.NotificationCategory;
import de.pakt.api.model.NotificationKind;
import de.pakt.api.model.NotificationLanguage;
import de.pakt.api.model.NotificationStatus;
import de.pakt.api.model.PersonalActivity;
import de.pakt.api.model.PersonalApplication;
import de.pakt.api.model.PersonalData;
import de.pakt.api.model.PersonalDataErasure;
import de.pakt.api.model.PersonalFacilitator;
import de.pakt.api.model.PersonalNotification;
import de.pakt.api.model.PersonalNotificationSettings;
import de.pakt.api.model.PersonalRegistration;
import de.pakt.api.model.PersonalReview;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.privacy.service.PersonalDataQueries.FacilitatorRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A person's data as DSGVO Art. 15 asks (everything Pakt holds, nothing of others) and their erasure (Art. 17) by
 * pseudonymising in place, except where a legal duty keeps a record. docs/privacy.md.
 */
@ApplicationScoped
public class PersonalDataService {

    /** Application statuses whose contact data the funding record keeps (a decision is pending or was taken). */
    private static final List<String> DECIDED_OR_PENDING = List.of("SUBMITTED", "SELECTED", "WAITLISTED", "REJECTED");

    @Inject
    PersonalDataQueries queries;

    @Inject
    AuditTrail audit;

    /** Everything about the address and {@code accounts} (the caller's own, for a self-export; none otherwise). */
    @Transactional
    public PersonalData export(String email, List<String> accounts) {
        List<String> subjects = subjects(email, accounts);
        PersonalData data =
                new PersonalData().email(email).generatedAt(now()).calendarLink(queries.calendarLink(subjects));
        for (var a : queries.applications(email)) {
            data.addApplicationsItem(new PersonalApplication()
                    .id(a.id())
                    .round(a.round())
                    .applicant(a.applicant())
                    .contactName(a.contactName())
                    .contactEmail(a.contactEmail())
                    .contactPhone(a.contactPhone())
                    .status(ApplicationStatus.fromValue(a.status()))
                    .submittedAt(at(a.submittedAt())));
        }
        for (var r : queries.registrations(email, subjects)) {
            data.addRegistrationsItem(new PersonalRegistration()
                    .id(r.id())
                    .event(r.event())
                    .eventStartsAt(at(r.eventStartsAt()))
                    .name(r.name())
                    .email(r.email())
                    .organisation(r.organisation())
                    .status(RegistrationStatus.fromValue(r.status()))
                    .registeredAt(at(r.registeredAt())));
        }
        queries.facilitators(email, subjects).stream()
                .findFirst()
                .ifPresent(f -> data.facilitator(new PersonalFacilitator()
                        .id(f.id())
                        .name(f.name())
                        .email(f.email())
                        .phone(f.phone())
                        .homeRegionKey(f.homeRegionKey())
                        .capacity(f.capacity())
                        .dayRateCents(f.dayRateCents())
                        .expertise(Arrays.asList(f.expertise()))
                        .sites(Arrays.asList(f.sites()))));
        queries.preferences(email, subjects).stream().findFirst().ifPresent(p -> {
            var categories = new LinkedHashSet<NotificationCategory>();
            for (String c : p.categories()) {
                categories.add(NotificationCategory.fromValue(c));
            }
            data.notificationSettings(new PersonalNotificationSettings()
                    .language("en".equals(p.language()) ? NotificationLanguage.EN : NotificationLanguage.DE)
                    .categories(categories));
        });
        for (var n : queries.notifications(email)) {
            data.addNotificationsItem(new PersonalNotification()
                    .kind(NotificationKind.fromValue(n.kind()))
                    .status(NotificationStatus.fromValue(n.status()))
                    .createdAt(at(n.createdAt()))
                    .sentAt(at(n.sentAt())));
        }
        for (var a : queries.activity(subjects)) {
            data.addActivityItem(new PersonalActivity()
                    .occurredAt(at(a.occurredAt()))
                    .action(a.action())
                    .entityType(a.entityType())
                    .entityId(a.entityId()));
        }
        for (var r : queries.reviews(subjects)) {
            data.addReviewsItem(new PersonalReview()
                    .applicationId(r.applicationId())
                    .round(r.round())
                    .applicant(r.applicant())
                    .comment(r.comment())
                    .updatedAt(at(r.updatedAt())));
        }
        return data;
    }

    /**
     * Erases the person behind the address, in one transaction: all of it or nothing. Answers what was erased and, in
     * {@code locale}, why the rest was kept.
     */
    @Transactional
    public PersonalDataErasure erase(String email, Locale locale) {
        List<String> subjects = subjects(email, List.of());
        PersonalDataErasure result = new PersonalDataErasure().erasedAt(now());
        for (var a : queries.applications(email)) {
            if (DECIDED_OR_PENDING.contains(a.status())) {
                result.addKeptItem(new KeptRecord()
                        .kind(KeptRecord.KindEnum.APPLICATION)
                        .id(a.id())
                        .reason(Messages.render(Message.of("privacy.kept.application", a.round()), locale)));
            }
        }
        List<UUID> unassigned = new ArrayList<>();
        for (FacilitatorRow f : queries.facilitators(email, subjects)) {
            if (f.sites().length > 0) {
                result.addKeptItem(new KeptRecord()
                        .kind(KeptRecord.KindEnum.FACILITATOR)
                        .id(f.id())
                        .reason(Messages.render(
                                Message.of("privacy.kept.facilitator", String.join(", ", f.sites())), locale)));
            } else {
                unassigned.add(f.id());
            }
        }
        result.registrations(queries.eraseRegistrations(email, subjects))
                .applications(queries.eraseApplicationContacts(email))
                .facilitators(queries.eraseUnassignedFacilitators(unassigned))
                .notificationSettings(queries.erasePreferences(email, subjects))
                .notifications(queries.eraseNotificationRecipients(email))
                .calendarLinks(queries.eraseCalendarLinks(subjects));
        queries.eraseStoredAnswers(email);
        // That an erasure happened and what it touched, never whom: the trail must not undo it.
        audit.record(
                "personal-data",
                UUID.randomUUID(),
                Action.DELETE,
                List.of(
                        "registrations=" + result.getRegistrations(),
                        "applications=" + result.getApplications(),
                        "facilitators=" + result.getFacilitators(),
                        "notifications=" + result.getNotifications(),
                        "kept=" + result.getKept().size()));
        return result;
    }

    private List<String> subjects(String email, List<String> accounts) {
        LinkedHashSet<String> subjects = new LinkedHashSet<>(queries.subjects(email));
        subjects.addAll(accounts);
        return List.copyOf(subjects);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
