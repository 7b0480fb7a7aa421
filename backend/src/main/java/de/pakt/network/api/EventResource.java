package de.pakt.network.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.EventsApi;
import de.pakt.api.model.CancellationInput;
import de.pakt.api.model.Event;
import de.pakt.api.model.EventDocumentation;
import de.pakt.api.model.EventInput;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventPage;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.network.NetworkEvent;
import de.pakt.network.Registration;
import de.pakt.network.service.EventService;
import de.pakt.network.service.EventService.EventData;
import de.pakt.registry.AreaRefs;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class EventResource implements EventsApi {

    @Inject
    EventService service;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response listEvents(
            Integer page, Integer size, OffsetDateTime from, EventStatus status, EventKind kind, UUID siteId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (from != null) {
            where.append(" and endsAt >= :from");
            params.and("from", from.toInstant());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", NetworkEvent.Status.valueOf(status.name()));
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", NetworkEvent.Kind.valueOf(kind.name()));
        }
        if (siteId != null) {
            where.append(" and siteId = :siteId");
            params.and("siteId", siteId);
        }
        // What is still to come first (soonest first), then what is over (most recent first): people look ahead.
        var query = NetworkEvent.<NetworkEvent>find(
                where + " order by case when endsAt >= current_timestamp then 0 else 1 end,"
                        + " case when endsAt >= current_timestamp then startsAt end asc nulls last, startsAt desc, id",
                params);
        long total = query.count();
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        List<NetworkEvent> events = query.page(Page.of(p, s)).list();
        return Response.ok(new EventPage()
                        .items(toApi(events))
                        .page(p)
                        .size(s)
                        .totalItems(total)
                        .totalPages((int) ((total + s - 1) / s)))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response createEvent(EventInput input) {
        NetworkEvent e = service.create(toData(input));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("api/v1/events/{id}").build(e.id))
                .entity(one(e))
                .tag(ETags.of(e.version))
                .build();
    }

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    @CompositeRepresentation
    public Response getEvent(UUID eventId) {
        return ok(service.require(eventId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response updateEvent(UUID eventId, String ifMatch, EventInput input) {
        return ok(service.update(eventId, ifMatch, toData(input)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response openEventRegistration(UUID eventId, String ifMatch) {
        return ok(service.open(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response closeEventRegistration(UUID eventId, String ifMatch) {
        return ok(service.close(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response completeEvent(UUID eventId, String ifMatch) {
        return ok(service.complete(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response cancelEvent(UUID eventId, String ifMatch, CancellationInput input) {
        return ok(service.cancel(eventId, ifMatch, input.getReason()));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response documentEvent(UUID eventId, String ifMatch, EventDocumentation input) {
        return ok(
                service.document(eventId, ifMatch, input.getOutcomes(), input.getMinutes(), input.getLessonsLearned()));
    }

    private Response ok(NetworkEvent e) {
        return Response.ok(one(e)).tag(ETags.of(e.version)).build();
    }

    private Event one(NetworkEvent e) {
        return toApi(List.of(e)).get(0);
    }

    /** Counts and the caller's own status for all events in two statements. */
    private List<Event> toApi(List<NetworkEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        boolean integrationClient = user.isIntegrationClient();
        List<UUID> ids = events.stream().map(e -> e.id).toList();
        Map<UUID, int[]> counts = new HashMap<>();
        em.createQuery(
                        "select r.eventId, r.status, count(r) from Registration r where r.eventId in :ids group by r.eventId, r.status",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    int[] c = counts.computeIfAbsent((UUID) row[0], k -> new int[2]);
                    Registration.Status s = (Registration.Status) row[1];
                    int n = ((Number) row[2]).intValue();
                    if (s == Registration.Status.WAITLISTED) {
                        c[1] += n;
                    } else if (s != Registration.Status.CANCELLED) {
                        c[0] += n;
                    }
                });
        Map<UUID, Registration.Status> mine = new HashMap<>();
        if (!user.isAnonymous()) {
            em.createQuery(
                            "select r.eventId, r.status from Registration r where r.eventId in :ids and r.personSubject = :me",
                            Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("me", user.subject())
                    .getResultList()
                    .forEach(row -> mine.put((UUID) row[0], (Registration.Status) row[1]));
        }
        AreaRefs hosts = AreaRefs.of(
                events.stream().map(e -> e.hostKey).filter(k -> k != null).toList());
        java.util.function.Predicate<NetworkEvent> organises = user.isAnonymous() ? e -> false : service.organiser();
        return events.stream()
                .map(e -> {
                    int[] c = counts.getOrDefault(e.id, new int[2]);
                    Event api = new Event()
                            .id(e.id)
                            .programId(e.programId)
                            .roundId(e.roundId)
                            .siteId(e.siteId)
                            .kind(EventKind.fromValue(e.kind.name()))
                            .title(e.title)
                            .motto(e.motto)
                            .topicId(e.topicId)
                            .startsAt(at(e.startsAt))
                            .endsAt(at(e.endsAt))
                            .venue(e.venue)
                            .host(e.hostKey == null ? null : hosts.ref(e.hostKey))
                            // The meeting link is for participants, not for other systems.
                            .onlineUrl(
                                    e.onlineUrl == null || integrationClient ? null : java.net.URI.create(e.onlineUrl))
                            .capacity(e.capacity)
                            .registrationDeadline(at(e.registrationDeadline))
                            .status(EventStatus.fromValue(e.status.name()))
                            .cancelReason(e.cancelReason)
                            .agenda(e.agenda)
                            ._public(e.isPublic)
                            .registeredCount(c[0])
                            .waitlistedCount(c[1])
                            .placesLeft(Math.max(0, e.capacity - c[0]))
                            .canOrganise(organises.test(e))
                            .version(e.version)
                            .updatedAt(ApiTime.utc(e.updatedAt));
                    if (e.outcomes != null || e.minutes != null || e.lessonsLearned != null) {
                        api.setDocumentation(new EventDocumentation()
                                .outcomes(e.outcomes)
                                // Minutes name who said what: not for other systems.
                                .minutes(integrationClient ? null : e.minutes)
                                .lessonsLearned(e.lessonsLearned));
                    }
                    if (mine.containsKey(e.id)) {
                        api.setMyRegistrationStatus(
                                RegistrationStatus.fromValue(mine.get(e.id).name()));
                    }
                    return api;
                })
                .toList();
    }

    static OffsetDateTime at(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static EventData toData(EventInput in) {
        return new EventData(
                in.getProgramId(),
                in.getRoundId(),
                in.getSiteId(),
                NetworkEvent.Kind.valueOf(in.getKind().name()),
                in.getTitle(),
                in.getMotto(),
                in.getTopicId(),
                in.getStartsAt().toInstant(),
                in.getEndsAt().toInstant(),
                in.getVenue(),
                in.getHostKey(),
                in.getOnlineUrl() == null ? null : in.getOnlineUrl().toString(),
                in.getCapacity(),
                in.getRegistrationDeadline().toInstant(),
                in.getAgenda(),
                !Boolean.FALSE.equals(in.getPublic()));
    }
}
