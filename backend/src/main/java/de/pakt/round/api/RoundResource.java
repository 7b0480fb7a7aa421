package de.pakt.round.api;

import java.util.Map;
import java.util.UUID;

import de.pakt.api.RoundsApi;
import de.pakt.api.model.RoundInput;
import de.pakt.api.model.RoundPage;
import de.pakt.api.model.RoundStatus;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.common.web.PageQuery;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class RoundResource implements RoundsApi {

    @Inject
    RoundService service;

    @Inject
    CurrentUser user;

    @Inject
    RoundActions actions;

    @Context
    UriInfo uriInfo;

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listRounds(Integer page, Integer size, UUID programId, RoundStatus status) {
        PageQuery query = PageQuery.of(page, size, null, "number,desc", Map.of("number", "number"));
        var slice = service.list(
                query, programId, status == null ? null : FundingRound.Status.valueOf(status.name()), seesDrafts());
        return Response.ok(new RoundPage()
                        .items(slice.items().stream().map(this::toApi).toList())
                        .page(query.page())
                        .size(query.size())
                        .totalItems(slice.totalItems())
                        .totalPages(query.totalPages(slice.totalItems())))
                .build();
    }

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response getRound(UUID roundId) {
        return ok(service.require(roundId, seesDrafts()));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response createRound(RoundInput input) {
        FundingRound round = service.create(RoundMapper.toData(input));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("api/v1/rounds/{id}").build(round.id))
                .entity(toApi(round))
                .tag(ETags.of(round.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response updateRound(UUID roundId, String ifMatch, RoundInput input) {
        return ok(service.update(roundId, ifMatch, RoundMapper.toData(input)));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response openRound(UUID roundId, String ifMatch) {
        return ok(service.open(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response startRoundReview(UUID roundId, String ifMatch) {
        return ok(service.startReview(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response startRound(UUID roundId, String ifMatch) {
        return ok(service.start(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response closeRound(UUID roundId, String ifMatch) {
        return ok(service.close(roundId, ifMatch));
    }

    private de.pakt.api.model.Round toApi(FundingRound round) {
        return RoundMapper.toApi(round).allowedActions(actions.allowed(round));
    }

    private Response ok(FundingRound round) {
        return Response.ok(toApi(round)).tag(ETags.of(round.version)).build();
    }

    private boolean seesDrafts() {
        return user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP);
    }
}
