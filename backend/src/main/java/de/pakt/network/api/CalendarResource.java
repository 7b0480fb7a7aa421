package de.pakt.network.api;

import java.net.URI;

import de.pakt.api.CalendarApi;
import de.pakt.api.model.CalendarLink;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.network.service.CalendarService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class CalendarResource implements CalendarApi {

    private static final String CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser user;

    @Inject
    PaktConfig config;

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response getEventCalendar() {
        return Response.ok(calendars.publicFeed(), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"lernnetzwerk.ics\"")
                .header("Cache-Control", "public, max-age=900")
                .build();
    }

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response getPersonalCalendar(String token) {
        String secret = token.substring(0, token.length() - ".ics".length());
        String feed = calendars
                .personalFeed(secret)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.NOT_FOUND, Message.of("network.calendar.notFound")));
        return Response.ok(feed, CALENDAR)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<CalendarLink> createCalendarLink() {
        String token = calendars.tokenFor(user.subject());
        // From configuration, never from the request's Host header: a forged Host must not end up in a link people
        // subscribe to.
        URI url = UriBuilder.fromUri(config.publicBaseUrl())
                .path("api/v1/calendar/feeds/{token}")
                .build(token + ".ics");
        return RestResponse.ok(new CalendarLink().url(url));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<Void> revokeCalendarLink() {
        calendars.revoke(user.subject());
        return RestResponse.noContent();
    }
}
