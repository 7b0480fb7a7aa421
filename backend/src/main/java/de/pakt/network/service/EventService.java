package de.pakt.network.service;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.network.NetworkEvent;
import de.pakt.network.NetworkEvent.Status;
import de.pakt.program.Program;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound;
import de.pakt.site.service.SiteAccess;
import de.pakt.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Events and their life cycle: PLANNED → OPEN → CLOSED → HELD, or CANCELLED with a reason. The programme office
 * organises every event, a facilitator the events of their own sites; for anybody else an event cannot be changed
 * and answers 404.
 */
@ApplicationScoped
@Transactional
public class EventService {

    public record EventData(
            UUID programId,
            UUID roundId,
            UUID siteId,
            NetworkEvent.Kind kind,
            String title,
            String motto,
            UUID topicId,
            Instant startsAt,
            Instant endsAt,
            String venue,
            String hostKey,
            String onlineUrl,
            int capacity,
            Instant registrationDeadline,
            String agenda,
            boolean isPublic) {}

    @Inject
    CurrentUser user;

    @Inject
    SiteAccess sites;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    RegistrationService registrations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkEvent require(UUID id) {
        return NetworkEvent.<NetworkEvent>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("network.noun.event", id));
    }

    /** The event, locked, if the caller organises it; 404 otherwise (ids cannot be probed). */
    public NetworkEvent requireOrganised(UUID id) {
        NetworkEvent e = NetworkEvent.<NetworkEvent>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("network.noun.event", id));
        if (!organises(e)) {
            throw ProblemException.notFound("network.noun.event", id);
        }
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean organises(NetworkEvent e) {
        return organiser().test(e);
    }

    /** Whether the caller organises an event, for many events at once (the caller's sites are read once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.function.Predicate<NetworkEvent> organiser() {
        if (user.hasRole(Roles.PROGRAM_OFFICE)) {
            return e -> true;
        }
        java.util.Set<UUID> mine = sites.facilitatedSiteIds();
        return e -> e.siteId != null && mine.contains(e.siteId);
    }

    public NetworkEvent create(EventData d) {
        if (!user.hasRole(Roles.PROGRAM_OFFICE)) {
            if (d.siteId() == null) {
                throw ProblemException.invalid("siteId", "network.event.siteRequired");
            }
            try {
                sites.requireVisible(d.siteId());
            } catch (ProblemException notTheirs) {
                throw ProblemException.invalid("siteId", "network.event.notYourSite");
            }
        }
        NetworkEvent e = new NetworkEvent();
        e.id = UUID.randomUUID();
        e.status = Status.PLANNED;
        apply(e, d);
        e.persist();
        audit.record("event", e.id, Action.CREATE, List.of("title", "kind", "startsAt", "capacity"));
        outbox.publish(ChangeType.EVENT_PLANNED, e.id, e);
        return e;
    }

    public NetworkEvent update(UUID id, String ifMatch, EventData d) {
        NetworkEvent e = requireOrganised(id);
        ETags.requireMatch(ifMatch, e.version);
        if (e.status == Status.CANCELLED) {
            throw ProblemException.conflict("network.event.cancelledUnchangeable");
        }
        if (e.status == Status.HELD) {
            throw ProblemException.conflict("network.event.heldUnchangeable");
        }
        if (!d.programId().equals(e.programId) || !java.util.Objects.equals(d.siteId(), e.siteId)) {
            throw ProblemException.conflict("network.event.programAndSiteFixed");
        }
        int holders = registrations.holders(e.id);
        if (d.capacity() < holders) {
            throw ProblemException.conflict("network.event.capacityBelowHolders", holders, d.capacity());
        }
        apply(e, d);
        e.sequence++;
        registrations.promote(e);
        audit.record("event", e.id, Action.UPDATE, List.of("details"));
        outbox.publish(ChangeType.EVENT_CHANGED, e.id, e);
        return e;
    }

    public NetworkEvent open(UUID id, String ifMatch) {
        return transition(id, ifMatch, List.of(Status.PLANNED), Status.OPEN, Message.of("network.event.verb.open"));
    }

    public NetworkEvent close(UUID id, String ifMatch) {
        return transition(id, ifMatch, List.of(Status.OPEN), Status.CLOSED, Message.of("network.event.verb.close"));
    }

    public NetworkEvent complete(UUID id, String ifMatch) {
        NetworkEvent e = requireOrganised(id);
        if (e.startsAt.isAfter(Instant.now())) {
            ETags.requireMatch(ifMatch, e.version);
            throw ProblemException.conflict("network.event.notStarted");
        }
        return transition(
                id,
                ifMatch,
                List.of(Status.OPEN, Status.CLOSED),
                Status.HELD,
                Message.of("network.event.verb.complete"));
    }

    public NetworkEvent cancel(UUID id, String ifMatch, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "common.field.blank");
        }
        return transition(
                id,
                ifMatch,
                List.of(Status.PLANNED, Status.OPEN, Status.CLOSED),
                Status.CANCELLED,
                Message.of("network.event.verb.cancel"),
                e -> e.cancelReason = reason.strip());
    }

    public NetworkEvent document(UUID id, String ifMatch, String outcomes, String minutes, String lessons) {
        NetworkEvent e = requireOrganised(id);
        ETags.requireMatch(ifMatch, e.version);
        if (e.status != Status.HELD) {
            throw ProblemException.conflict("network.event.documentOnlyHeld", quoted(e.status));
        }
        e.outcomes = blankToNull(outcomes);
        e.minutes = blankToNull(minutes);
        e.lessonsLearned = blankToNull(lessons);
        audit.record("event", e.id, Action.UPDATE, List.of("outcomes", "minutes", "lessonsLearned"));
        outbox.publish(ChangeType.EVENT_CHANGED, e.id, e);
        return e;
    }

    private NetworkEvent transition(UUID id, String ifMatch, List<Status> from, Status to, Message verb) {
        return transition(id, ifMatch, from, to, verb, e -> {});
    }

    private NetworkEvent transition(
            UUID id,
            String ifMatch,
            List<Status> from,
            Status to,
            Message verb,
            java.util.function.Consumer<NetworkEvent> alongside) {
        NetworkEvent e = requireOrganised(id);
        ETags.requireMatch(ifMatch, e.version);
        if (!from.contains(e.status)) {
            throw ProblemException.conflict(
                    "network.event.wrongStatus",
                    from.stream().map(EventService::quoted).toList(),
                    verb,
                    quoted(e.status));
        }
        e.status = to;
        alongside.accept(e);
        e.sequence++;
        audit.record("event", e.id, Action.ACTION, List.of("status"));
        outbox.publish(
                switch (to) {
                    case OPEN -> ChangeType.EVENT_REGISTRATION_OPENED;
                    case CLOSED -> ChangeType.EVENT_REGISTRATION_CLOSED;
                    case HELD -> ChangeType.EVENT_HELD;
                    case CANCELLED -> ChangeType.EVENT_CANCELLED;
                    case PLANNED -> throw new IllegalStateException("An event never returns to PLANNED");
                },
                e.id,
                e);
        return e;
    }

    private static void apply(NetworkEvent e, EventData d) {
        List<FieldViolation> errors = new ArrayList<>();
        Program program = Program.findById(d.programId());
        if (program == null) {
            errors.add(new FieldViolation("programId", "network.event.programUnknown"));
        }
        if (d.roundId() != null) {
            FundingRound round = FundingRound.findById(d.roundId());
            if (round == null || !round.programId.equals(d.programId())) {
                errors.add(new FieldViolation("roundId", "network.event.roundNotInProgram"));
            }
        }
        if (d.siteId() != null && de.pakt.site.Site.findById(d.siteId()) == null) {
            errors.add(new FieldViolation("siteId", "network.event.siteUnknown"));
        }
        if (d.topicId() != null && Topic.findById(d.topicId()) == null) {
            errors.add(new FieldViolation("topicId", "network.topicUnknown"));
        }
        if (d.hostKey() != null && AdministrativeArea.findById(d.hostKey()) == null) {
            errors.add(new FieldViolation("hostKey", "network.event.hostKeyUnknown"));
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldViolation("endsAt", "network.event.endsNotAfterStart"));
        }
        if (d.registrationDeadline().isAfter(d.endsAt())) {
            errors.add(new FieldViolation("registrationDeadline", "network.event.deadlineAfterEnd"));
        }
        if (blankToNull(d.venue()) == null && blankToNull(d.onlineUrl()) == null) {
            errors.add(new FieldViolation("venue", "network.event.venueOrOnlineUrl"));
        }
        if (d.onlineUrl() != null && !d.onlineUrl().isBlank()) {
            String scheme = URI.create(d.onlineUrl().strip()).getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)
                    || d.onlineUrl().strip().length() > 500) {
                errors.add(new FieldViolation("onlineUrl", "network.event.onlineUrl"));
            }
        }
        if (d.title().isBlank()) {
            errors.add(new FieldViolation("title", "common.field.blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        e.programId = d.programId();
        e.roundId = d.roundId();
        e.siteId = d.siteId();
        e.kind = d.kind();
        e.title = d.title().strip();
        e.motto = blankToNull(d.motto());
        e.topicId = d.topicId();
        e.startsAt = d.startsAt();
        e.endsAt = d.endsAt();
        e.venue = blankToNull(d.venue());
        e.hostKey = d.hostKey();
        e.onlineUrl = blankToNull(d.onlineUrl());
        e.capacity = d.capacity();
        e.registrationDeadline = d.registrationDeadline();
        e.agenda = blankToNull(d.agenda());
        e.isPublic = d.isPublic();
    }

    /** A status label in quotes, for texts that name a status: „Anmeldung offen“ / “Registration open”. */
    static Message quoted(Enum<?> status) {
        return Message.of("network.quoted", status);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
