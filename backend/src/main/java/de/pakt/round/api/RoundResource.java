package de.pakt.round.api;

import java.util.Map;
import java.util.UUID;

import de.pakt.api.RoundsApi;
import de.pakt.api.model.Round;
import de.pakt.api.model.RoundInput;
import de.pakt.api.model.RoundPage;
import de.pakt.api.model.RoundStatus;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.common.web.PageQuery;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

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
    public RestResponse<RoundPage> listRounds(Integer page, Integer size, UUID programId, RoundStatus status) {
        PageQuery query = PageQuery.of(page, size, null, "number,desc", Map.of("number", "number"));
        var slice = service.list(query, programId, Enums.convert(status, FundingRound.Status.class), seesDrafts());
        return RestResponse.ok(new RoundPage()
                .items(slice.items().stream().map(this::toApi).toList())
                .page(query.page())
                .size(query.size())
                .totalItems(slice.totalItems())
                .totalPages(query.totalPages(slice.totalItems())));
    }

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<Round> getRound(UUID roundId) {
        return ok(service.require(roundId, seesDrafts()));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> createRound(RoundInput input) {
        FundingRound round = service.create(RoundMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, toApi(round))
                .location(uriInfo.getBaseUriBuilder().path("api/v1/rounds/{id}").build(round.id))
                .tag(ETags.of(round.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> updateRound(UUID roundId, String ifMatch, RoundInput input) {
        return ok(service.update(roundId, ifMatch, RoundMapper.toData(input)));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> openRound(UUID roundId, String ifMatch) {
        return ok(service.open(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> startRoundReview(UUID roundId, String ifMatch) {
        return ok(service.startReview(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> startRound(UUID roundId, String ifMatch) {
        return ok(service.start(roundId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Round> closeRound(UUID roundId, String ifMatch) {
        return ok(service.close(roundId, ifMatch));
    }

    private de.pakt.api.model.Round toApi(FundingRound round) {
        return RoundMapper.toApi(round).allowedActions(actions.allowed(round));
    }

    private RestResponse<Round> ok(FundingRound round) {
        return RestResponse.ResponseBuilder.ok(toApi(round))
                .tag(ETags.of(round.version))
                .build();
    }

    private boolean seesDrafts() {
        return user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP);
    }
}
