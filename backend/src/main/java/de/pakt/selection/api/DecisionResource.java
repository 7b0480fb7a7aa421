package de.pakt.selection.api;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.pakt.api.DecisionsApi;
import de.pakt.api.model.Decision;
import de.pakt.api.model.DecisionEntry;
import de.pakt.api.model.DecisionInput;
import de.pakt.api.model.DecisionOutcome;
import de.pakt.api.model.DecisionStatus;
import de.pakt.application.Application;
import de.pakt.common.i18n.Messages;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.registry.AreaRefs;
import de.pakt.round.FundingRound;
import de.pakt.selection.SelectionDecision;
import de.pakt.selection.service.DecisionService;
import de.pakt.selection.service.DecisionService.DecisionData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response listRoundDecisions(UUID roundId) {
        return Response.ok(service.list(roundId).stream().map(this::toApi).toList())
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response createDecision(UUID roundId, DecisionInput input) {
        SelectionDecision decision = service.create(roundId, toData(input));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/decisions/{id}")
                        .build(decision.id))
                .entity(toApi(decision))
                .tag(ETags.of(decision.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getDecision(UUID decisionId) {
        return ok(service.require(decisionId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response updateDecision(UUID decisionId, String ifMatch, DecisionInput input) {
        return ok(service.update(decisionId, ifMatch, toData(input)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response finaliseDecision(UUID decisionId, String ifMatch) {
        return ok(service.finalise(decisionId, ifMatch));
    }

    private Response ok(SelectionDecision decision) {
        return Response.ok(toApi(decision)).tag(ETags.of(decision.version)).build();
    }

    private static DecisionData toData(DecisionInput in) {
        return new DecisionData(
                in.getMeetingDate(),
                in.getMembersPresent() == null ? List.of() : in.getMembersPresent(),
                in.getRationale(),
                in.getOverrideJustification(),
                in.getEntries().stream()
                        .map(e -> new SelectionDecision.Entry(
                                e.getApplicationId(),
                                SelectionDecision.Outcome.valueOf(e.getOutcome().name()),
                                e.getGrantedCents(),
                                e.getWaitlistRank(),
                                e.getReason() == null || e.getReason().isBlank()
                                        ? null
                                        : e.getReason().strip()))
                        .toList());
    }

    /**
     * A draft shows the violations it has now, in the caller's language; a final revision those it was finalised
     * with, as they were recorded then (in German).
     */
    private Decision toApi(SelectionDecision d) {
        List<String> violations;
        if (d.status == SelectionDecision.Status.DRAFT) {
            FundingRound round = FundingRound.findById(d.roundId);
            var check = service.check(d, round);
            Locale locale = problems.locale();
            violations = Stream.concat(check.incomplete().stream(), check.violations().stream())
                    .map(m -> Messages.render(m, locale))
                    .toList();
        } else {
            violations = d.violations == null ? List.of() : Arrays.asList(d.violations.split("\n"));
        }
        List<UUID> appIds = d.entries.stream().map(e -> e.applicationId).toList();
        Map<UUID, String> applicantKeys = appIds.isEmpty()
                ? Map.of()
                : Application.<Application>list("id in ?1", appIds).stream()
                        .collect(Collectors.toMap(a -> a.id, a -> a.applicantKey));
        AreaRefs areas = AreaRefs.of(applicantKeys.values());
        return new Decision()
                .id(d.id)
                .roundId(d.roundId)
                .revision(d.revision)
                .status(DecisionStatus.fromValue(d.status.name()))
                .meetingDate(d.meetingDate)
                .membersPresent(List.copyOf(d.membersPresent))
                .rationale(d.rationale)
                .overrideJustification(d.overrideJustification)
                .entries(d.entries.stream()
                        .map(e -> {
                            return new DecisionEntry()
                                    .applicationId(e.applicationId)
                                    .applicant(areas.ref(applicantKeys.getOrDefault(e.applicationId, "")))
                                    .outcome(DecisionOutcome.fromValue(e.outcome.name()))
                                    .grantedCents(e.grantedCents)
                                    .waitlistRank(e.waitlistRank)
                                    .reason(e.reason);
                        })
                        .toList())
                .violations(violations)
                .finalisedAt(d.finalisedAt == null ? null : d.finalisedAt.atOffset(ZoneOffset.UTC))
                .createdAt(d.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(d.updatedAt.atOffset(ZoneOffset.UTC));
    }
}
