package de.pakt.network.api;

import java.time.OffsetDateTime;
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
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.network.NetworkEvent;
import de.pakt.network.service.EventQueries;
import de.pakt.network.service.EventService;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class EventResource implements EventsApi {

    @Inject
    EventService service;

    @Inject
    CurrentUser user;

    @Inject
    EventQueries queries;

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
    public RestResponse<EventPage> listEvents(
            Integer page, Integer size, OffsetDateTime from, EventStatus status, EventKind kind, UUID siteId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (from != null) {
            where.append(" and endsAt >= :from");
            params.and("from", from.toInstant());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", Enums.convert(status, NetworkEvent.Status.class));
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", Enums.convert(kind, NetworkEvent.Kind.class));
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
        return RestResponse.ok(new EventPage()
                .items(forCaller(events))
                .page(p)
                .size(s)
                .totalItems(total)
                .totalPages((int) ((total + s - 1) / s)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> createEvent(EventInput input) {
        NetworkEvent e = service.create(EventMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, one(e))
                .location(uriInfo.getBaseUriBuilder().path("api/v1/events/{id}").build(e.id))
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
    public RestResponse<Event> getEvent(UUID eventId) {
        return ok(service.require(eventId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> updateEvent(UUID eventId, String ifMatch, EventInput input) {
        return ok(service.update(eventId, ifMatch, EventMapper.toData(input)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> openEventRegistration(UUID eventId, String ifMatch) {
        return ok(service.open(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> closeEventRegistration(UUID eventId, String ifMatch) {
        return ok(service.close(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> completeEvent(UUID eventId, String ifMatch) {
        return ok(service.complete(eventId, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> cancelEvent(UUID eventId, String ifMatch, CancellationInput input) {
        return ok(service.cancel(eventId, ifMatch, input.getReason()));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<Event> documentEvent(UUID eventId, String ifMatch, EventDocumentation input) {
        return ok(
                service.document(eventId, ifMatch, input.getOutcomes(), input.getMinutes(), input.getLessonsLearned()));
    }

    private RestResponse<Event> ok(NetworkEvent e) {
        return RestResponse.ResponseBuilder.ok(one(e)).tag(ETags.of(e.version)).build();
    }

    private Event one(NetworkEvent e) {
        return forCaller(List.of(e)).get(0);
    }

    /** Counts and the caller's own status for all events in two statements. */
    private List<Event> forCaller(List<NetworkEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(e -> e.id).toList();
        boolean anonymous = user.isAnonymous();
        return EventMapper.toApi(
                events,
                new EventMapper.Context(
                        queries.places(ids),
                        anonymous ? Map.of() : queries.statusOf(user.subject(), ids),
                        anonymous ? e -> false : service.organiser(),
                        user.isIntegrationClient()));
    }
}
