package de.pakt.selection.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import de.pakt.api.DecisionsApi;
import de.pakt.api.model.Decision;
import de.pakt.api.model.DecisionInput;
import de.pakt.common.i18n.Messages;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.round.FundingRound;
import de.pakt.selection.SelectionDecision;
import de.pakt.selection.service.DecisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class DecisionResource implements DecisionsApi {

    @Inject
    DecisionService service;

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<List<Decision>> listRoundDecisions(UUID roundId) {
        return RestResponse.ok(service.list(roundId).stream()
                .map(d -> SelectionMapper.toApi(d, violations(d)))
                .toList());
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Decision> createDecision(UUID roundId, DecisionInput input) {
        SelectionDecision decision = service.create(roundId, SelectionMapper.toData(input));
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, SelectionMapper.toApi(decision, violations(decision)))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/decisions/{id}")
                        .build(decision.id))
                .tag(ETags.of(decision.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Decision> getDecision(UUID decisionId) {
        return ok(service.require(decisionId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Decision> updateDecision(UUID decisionId, String ifMatch, DecisionInput input) {
        return ok(service.update(decisionId, ifMatch, SelectionMapper.toData(input)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Decision> finaliseDecision(UUID decisionId, String ifMatch) {
        return ok(service.finalise(decisionId, ifMatch));
    }

    private RestResponse<Decision> ok(SelectionDecision decision) {
        return RestResponse.ResponseBuilder.ok(SelectionMapper.toApi(decision, violations(decision)))
                .tag(ETags.of(decision.version))
                .build();
    }

    /**
     * A draft shows the violations it has now, in the caller's language; a final revision those it was finalised
     * with, as they were recorded then (in German).
     */
    private List<String> violations(SelectionDecision d) {
        if (d.status != SelectionDecision.Status.DRAFT) {
            return d.violations == null ? List.of() : Arrays.asList(d.violations.split("\n"));
        }
        var check = service.check(d, FundingRound.findById(d.roundId));
        Locale locale = problems.locale();
        return Stream.concat(check.incomplete().stream(), check.violations().stream())
                .map(m -> Messages.render(m, locale))
                .toList();
    }
}
