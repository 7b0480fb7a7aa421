package de.pakt.network.api;

import java.util.List;
import java.util.UUID;

import de.pakt.api.RegistrationsApi;
import de.pakt.api.model.AttendanceInput;
import de.pakt.api.model.RegistrationInput;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Idempotency;
import de.pakt.network.service.RegistrationService;
import de.pakt.network.service.RegistrationService.Outcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

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
    public RestResponse<List<de.pakt.api.model.Registration>> listEventRegistrations(UUID eventId) {
        return RestResponse.ok(EventMapper.toApi(service.list(eventId)));
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
    public RestResponse<de.pakt.api.model.Registration> registerForEvent(
            UUID eventId, RegistrationInput in, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "registerForEvent " + eventId,
                in,
                de.pakt.api.model.Registration.class,
                () -> register(eventId, in));
    }

    private RestResponse<de.pakt.api.model.Registration> register(UUID eventId, RegistrationInput in) {
        Outcome o = service.register(eventId, EventMapper.toData(in));
        de.pakt.api.model.Registration body = EventMapper.toApi(o.registration());
        return o.created()
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, body)
                        .location(uriInfo.getBaseUriBuilder()
                                .path("api/v1/events/{id}/registrations")
                                .build(eventId))
                        .build()
                : RestResponse.ok(body);
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
    public RestResponse<de.pakt.api.model.Registration> cancelRegistration(UUID registrationId) {
        return RestResponse.ok(EventMapper.toApi(service.cancel(registrationId)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR})
    public RestResponse<de.pakt.api.model.Registration> recordAttendance(UUID registrationId, AttendanceInput input) {
        return RestResponse.ok(EventMapper.toApi(
                service.recordAttendance(registrationId, input.getStatus() == AttendanceInput.StatusEnum.ATTENDED)));
    }
}
