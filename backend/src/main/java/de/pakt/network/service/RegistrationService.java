package de.pakt.network.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.InputRules;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.network.NetworkEvent;
import de.pakt.network.Registration;
import de.pakt.network.Registration.Status;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Registrations with a waitlist. Every change that can move places locks the event row first, so parallel
 * registrations and cancellations are serialised per event: nobody is over capacity and nobody is lost.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    public record Outcome(Registration registration, boolean created) {}

    public record PersonData(String name, String email, String organisation, UUID siteId, boolean self) {}

    @Inject
    CurrentUser user;

    @Inject
    SiteAccess sites;

    @Inject
    EventService events;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    public Outcome register(UUID eventId, PersonData p) {
        NetworkEvent e = NetworkEvent.<NetworkEvent>findByIdOptional(eventId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("network.noun.event", eventId));
        String email = p.email().strip().toLowerCase(Locale.ROOT);
        if (!InputRules.isEmail(email)) {
            throw ProblemException.invalid("email", "common.field.email");
        }
        Optional<Registration> existing = Registration.find("eventId = ?1 and lower(email) = ?2", eventId, email)
                .firstResultOptional();
        // Registering twice is harmless for whoever may read the registration (who entered it, the person, the
        // organiser):
        // they get it back. Anybody else learns only that the address is taken, never whose registration it is.
        if (existing.isPresent() && existing.get().status != Status.CANCELLED) {
            if (mayChange(existing.get(), e)) {
                return new Outcome(existing.get(), false);
            }
            throw ProblemException.conflict("network.registration.emailTaken");
        }
        switch (e.status) {
            case PLANNED -> throw ProblemException.conflict("network.registration.notOpenYet", e.title);
            case CANCELLED ->
                throw e.cancelReason == null
                        ? ProblemException.conflict("network.registration.eventCancelledNoReason", e.title)
                        : ProblemException.conflict("network.registration.eventCancelled", e.title, e.cancelReason);
            case CLOSED, HELD -> throw ProblemException.conflict("network.registration.closed", e.title);
            case OPEN -> {}
        }
        if (Instant.now().isAfter(e.registrationDeadline)) {
            throw ProblemException.conflict("network.registration.deadlinePassed", e.registrationDeadline);
        }
        if (p.name().isBlank()) {
            throw ProblemException.invalid("name", "common.field.blank");
        }
        if (p.siteId() != null) {
            try {
                sites.requireVisible(p.siteId());
            } catch (ProblemException notTheirs) {
                throw ProblemException.invalid("siteId", "network.registration.notYourSite");
            }
        }
        Registration r = existing.orElseGet(Registration::new);
        boolean fresh = r.id == null;
        if (fresh) {
            r.id = UUID.randomUUID();
            r.eventId = eventId;
        }
        r.personName = p.name().strip();
        r.email = email;
        r.organisation = EventService.blankToNull(p.organisation());
        r.siteId = p.siteId() != null ? p.siteId() : ownSite().orElse(null);
        r.registeredBy = user.subject();
        r.personSubject = p.self() ? user.subject() : null;
        r.registeredAt = Instant.now();
        r.status = holders(eventId) < e.capacity ? Status.REGISTERED : Status.WAITLISTED;
        if (fresh) {
            r.persist();
        }
        Registration.getEntityManager().flush();
        audit.record("registration", r.id, fresh ? Action.CREATE : Action.UPDATE, List.of("status"));
        outbox.publishFor(r.registeredBy, ChangeType.REGISTRATION_CHANGED, r.id, r, r.eventId);
        return new Outcome(r, true);
    }

    /**
     * A municipality that names no site registers for its site (the newest, if it has several; also after its
     * facilitation ended), so the experience exchange counts whom its people met.
     */
    private Optional<UUID> ownSite() {
        if (!user.hasRole(Roles.MUNICIPALITY)) {
            return Optional.empty();
        }
        return user.municipalityKey()
                .flatMap(key -> Site.<Site>find(
                                "applicantKey = ?1 and status <> ?2 order by createdAt desc",
                                key,
                                Site.Status.DISCONTINUED)
                        .firstResultOptional()
                        .map(s -> s.id));
    }

    public Registration cancel(UUID registrationId) {
        Registration found = Registration.<Registration>findByIdOptional(registrationId)
                .orElseThrow(() -> ProblemException.notFound("network.noun.registration", registrationId));
        NetworkEvent e = NetworkEvent.findById(found.eventId, LockModeType.PESSIMISTIC_WRITE);
        Registration.getEntityManager().refresh(found);
        if (!mayChange(found, e)) {
            throw ProblemException.notFound("network.noun.registration", registrationId);
        }
        if (found.status == Status.CANCELLED) {
            return found;
        }
        if (e.status == NetworkEvent.Status.HELD) {
            throw ProblemException.conflict("network.registration.eventHeld");
        }
        found.status = Status.CANCELLED;
        Registration.getEntityManager().flush();
        audit.record("registration", found.id, Action.ACTION, List.of("status"));
        outbox.publishFor(found.registeredBy, ChangeType.REGISTRATION_CHANGED, found.id, found, found.eventId);
        promote(e);
        return found;
    }

    public Registration recordAttendance(UUID registrationId, boolean attended) {
        Registration r = Registration.<Registration>findByIdOptional(registrationId)
                .orElseThrow(() -> ProblemException.notFound("network.noun.registration", registrationId));
        NetworkEvent e = NetworkEvent.findById(r.eventId);
        if (!events.organises(e)) {
            throw ProblemException.notFound("network.noun.registration", registrationId);
        }
        if (e.status != NetworkEvent.Status.HELD) {
            throw ProblemException.conflict("network.registration.attendanceBeforeHeld");
        }
        if (!r.holdsPlace()) {
            throw ProblemException.conflict("network.registration.noPlace", EventService.quoted(r.status));
        }
        r.status = attended ? Status.ATTENDED : Status.NO_SHOW;
        Registration.getEntityManager().flush();
        audit.record("registration", r.id, Action.UPDATE, List.of("status"));
        outbox.publishFor(r.registeredBy, ChangeType.REGISTRATION_CHANGED, r.id, r, r.eventId);
        return r;
    }

    /** The organiser sees everybody; anybody else the registrations they entered or that are their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> list(UUID eventId) {
        NetworkEvent e = events.require(eventId);
        List<Registration> all = Registration.list("eventId", eventId);
        boolean organiser = events.organises(e);
        return all.stream().filter(r -> organiser || isMine(r)).sorted(ORDER).toList();
    }

    /** Holders first, then the waitlist in order, then the cancelled; each by the time they registered. */
    public static final Comparator<Registration> ORDER = Comparator.<Registration>comparingInt(
                    r -> r.holdsPlace() ? 0 : r.status == Status.WAITLISTED ? 1 : 2)
            .thenComparing(r -> r.registeredAt)
            .thenComparing(r -> r.id);

    /** Moves the waitlist up while there are places; the caller holds the event's lock. */
    void promote(NetworkEvent e) {
        int free = e.capacity - holders(e.id);
        if (free <= 0) {
            return;
        }
        List<Registration> waiting = Registration.find(
                        "eventId = ?1 and status = ?2 order by registeredAt, id", e.id, Status.WAITLISTED)
                .page(0, free)
                .list();
        for (Registration r : waiting) {
            r.status = Status.REGISTERED;
            audit.record("registration", r.id, Action.ACTION, List.of("status"));
            outbox.publishFor(r.registeredBy, ChangeType.REGISTRATION_CHANGED, r.id, r, r.eventId);
        }
        Registration.getEntityManager().flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int holders(UUID eventId) {
        return (int) Registration.count(
                "eventId = ?1 and status in ?2", eventId, List.of(Status.REGISTERED, Status.ATTENDED, Status.NO_SHOW));
    }

    private boolean mayChange(Registration r, NetworkEvent e) {
        return isMine(r) || events.organises(e);
    }

    private boolean isMine(Registration r) {
        return user.subject().equals(r.registeredBy) || user.subject().equals(r.personSubject);
    }
}
