package de.pakt.network.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.api.RegistrationsApi;
import de.pakt.api.model.AttendanceInput;
import de.pakt.api.model.RegistrationInput;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Idempotency;
import de.pakt.network.Registration;
import de.pakt.network.service.RegistrationService;
import de.pakt.network.service.RegistrationService.Outcome;
import de.pakt.network.service.RegistrationService.PersonData;
import de.pakt.registry.AreaRefs;
import de.pakt.site.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class RegistrationResource implements RegistrationsApi {

    @Inject
    RegistrationService service;

    @Inject
    Idempotency idempotency;

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
    @IntegrationScopes(Scopes.EVENTS_WRITE)
    public Response listEventRegistrations(UUID eventId) {
        return Response.ok(toApi(service.list(eventId))).build();
    }

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @IntegrationScopes(Scopes.EVENTS_WRITE)
    public Response registerForEvent(UUID eventId, RegistrationInput in, String idempotencyKey) {
        return idempotency.once(idempotencyKey, "registerForEvent " + eventId, in, () -> register(eventId, in));
    }

    private Response register(UUID eventId, RegistrationInput in) {
        Outcome o = service.register(
                eventId,
                new PersonData(
                        in.getName(),
                        in.getEmail(),
                        in.getOrganisation(),
                        in.getSiteId(),
                        Boolean.TRUE.equals(in.getSelf())));
        de.pakt.api.model.Registration body = toApi(List.of(o.registration())).get(0);
        return o.created()
                ? Response.created(uriInfo.getBaseUriBuilder()
                                .path("api/v1/events/{id}/registrations")
                                .build(eventId))
                        .entity(body)
                        .build()
                : Response.ok(body).build();
    }

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @IntegrationScopes(Scopes.EVENTS_WRITE)
    public Response cancelRegistration(UUID registrationId) {
        return Response.ok(toApi(List.of(service.cancel(registrationId))).get(0))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public Response recordAttendance(UUID registrationId, AttendanceInput input) {
        return Response.ok(toApi(List.of(service.recordAttendance(
                                registrationId, input.getStatus() == AttendanceInput.StatusEnum.ATTENDED)))
                        .get(0))
                .build();
    }

    /** In the order given; waitlisted ones get their position on the event's waitlist. */
    private static List<de.pakt.api.model.Registration> toApi(List<Registration> registrations) {
        List<UUID> siteIds = registrations.stream()
                .map(r -> r.siteId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        java.util.Map<UUID, String> siteKeys = siteIds.isEmpty()
                ? java.util.Map.of()
                : Site.<Site>list("id in ?1", siteIds).stream()
                        .collect(java.util.stream.Collectors.toMap(s -> s.id, s -> s.applicantKey));
        AreaRefs areas = AreaRefs.of(siteKeys.values());
        // Waitlist positions of all events concerned, in one statement.
        java.util.Map<UUID, Integer> positions = new java.util.HashMap<>();
        List<UUID> waitingEvents = registrations.stream()
                .filter(r -> r.status == Registration.Status.WAITLISTED)
                .map(r -> r.eventId)
                .distinct()
                .toList();
        if (!waitingEvents.isEmpty()) {
            java.util.Map<UUID, Integer> counters = new java.util.HashMap<>();
            Registration.<Registration>list(
                            "eventId in ?1 and status = ?2 order by registeredAt, id",
                            waitingEvents,
                            Registration.Status.WAITLISTED)
                    .forEach(w -> positions.put(w.id, counters.merge(w.eventId, 1, Integer::sum)));
        }
        List<de.pakt.api.model.Registration> result = new ArrayList<>();
        for (Registration r : registrations) {
            de.pakt.api.model.Registration api = new de.pakt.api.model.Registration()
                    .id(r.id)
                    .eventId(r.eventId)
                    .name(r.personName)
                    .email(r.email)
                    .organisation(r.organisation)
                    .siteId(r.siteId)
                    .site(r.siteId == null ? null : areas.ref(siteKeys.get(r.siteId)))
                    .status(RegistrationStatus.fromValue(r.status.name()))
                    .registeredAt(EventResource.at(r.registeredAt))
                    .version(r.version)
                    .updatedAt(ApiTime.utc(r.updatedAt));
            api.setWaitlistPosition(positions.get(r.id));
            result.add(api);
        }
        return result;
    }
}
