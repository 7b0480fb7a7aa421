package de.pakt.roadmap.api;

import java.util.List;
import java.util.UUID;

import de.pakt.api.RoadmapsApi;
import de.pakt.api.model.AdoptionInput;
import de.pakt.api.model.DocumentFormat;
import de.pakt.api.model.GoalInput;
import de.pakt.api.model.MeasureInput;
import de.pakt.api.model.MilestoneInput;
import de.pakt.api.model.ProgramProgress;
import de.pakt.api.model.RoadmapInput;
import de.pakt.api.model.RoundProgress;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Attachments;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.program.Program;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapExport;
import de.pakt.roadmap.service.ProgressReport;
import de.pakt.roadmap.service.RoadmapService;
import de.pakt.roadmap.service.RoadmapService.Loaded;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class RoadmapResource implements RoadmapsApi {

    @Inject
    RoadmapService service;

    @Inject
    CurrentUser user;

    @Inject
    RoadmapExport export;

    @Inject
    ProgressReport progress;

    @Inject
    RoundService rounds;

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
    @CompositeRepresentation
    public RestResponse<de.pakt.api.model.Roadmap> getRoadmap(UUID siteId) {
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Roadmap> updateRoadmap(UUID siteId, String ifMatch, RoadmapInput input) {
        service.updateVision(siteId, ifMatch, input.getVision());
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Goal> createGoal(UUID siteId, GoalInput input) {
        Goal goal = service.createGoal(siteId, RoadmapMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, RoadmapMapper.toApi(goal, List.of()))
                .location(uriInfo.getBaseUriBuilder().path("api/v1/goals/{id}").build(goal.id))
                .tag(ETags.of(goal.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Goal> updateGoal(UUID goalId, String ifMatch, GoalInput input) {
        Goal goal = service.updateGoal(goalId, ifMatch, RoadmapMapper.toData(input));
        return RestResponse.ResponseBuilder.ok(
                        RoadmapMapper.toApi(goal, Measure.list("goalId = ?1 order by createdAt, id", goalId)))
                .tag(ETags.of(goal.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<Void> deleteGoal(UUID goalId, String ifMatch) {
        service.deleteGoal(goalId, ifMatch);
        return RestResponse.noContent();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Measure> createMeasure(UUID goalId, MeasureInput input) {
        Measure m = service.createMeasure(goalId, RoadmapMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, RoadmapMapper.toApi(m))
                .location(
                        uriInfo.getBaseUriBuilder().path("api/v1/measures/{id}").build(m.id))
                .tag(ETags.of(m.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Measure> updateMeasure(UUID measureId, String ifMatch, MeasureInput input) {
        Measure m = service.updateMeasure(measureId, ifMatch, RoadmapMapper.toData(input));
        return RestResponse.ResponseBuilder.ok(RoadmapMapper.toApi(m))
                .tag(ETags.of(m.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Roadmap> adoptRoadmap(UUID siteId, String ifMatch, AdoptionInput input) {
        service.adopt(siteId, ifMatch, input.getAdoptedOn(), input.getCouncilResolution());
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Roadmap> startRoadmapImplementation(UUID siteId, String ifMatch) {
        service.startImplementation(siteId, ifMatch);
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Roadmap> completeRoadmap(UUID siteId, String ifMatch) {
        service.complete(siteId, ifMatch);
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Milestone> createMilestone(UUID siteId, MilestoneInput input) {
        Milestone m = service.createMilestone(siteId, RoadmapMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, RoadmapMapper.toApi(m))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/milestones/{id}")
                        .build(m.id))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Milestone> updateMilestone(
            UUID milestoneId, String ifMatch, MilestoneInput input) {
        return RestResponse.ok(
                RoadmapMapper.toApi(service.updateMilestone(milestoneId, ifMatch, RoadmapMapper.toData(input))));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response exportRoadmap(UUID siteId, DocumentFormat format) {
        RoadmapExport.Document doc = export.export(
                siteId, format == DocumentFormat.XLSX ? RoadmapExport.Format.XLSX : RoadmapExport.Format.PDF);
        return Response.ok(doc.content(), doc.mediaType())
                .header("Content-Disposition", Attachments.contentDisposition(doc.fileName()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<RoundProgress> getRoundProgress(UUID roundId) {
        rounds.require(roundId, true);
        return RestResponse.ok(RoadmapMapper.roundProgress(roundId, progress.sites(List.of(roundId))));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<ProgramProgress> getProgramProgress(UUID programId) {
        if (Program.findById(programId) == null) {
            throw ProblemException.notFound("roadmap.noun.program", programId);
        }
        return RestResponse.ok(RoadmapMapper.programProgress(programId, progress.program(programId)));
    }

    /** Programme data without personal data for other systems: they get no measure's responsible party. */
    private RestResponse<de.pakt.api.model.Roadmap> roadmap(Loaded loaded) {
        return RestResponse.ResponseBuilder.ok(RoadmapMapper.toApi(loaded, !user.isIntegrationClient()))
                .tag(ETags.of(loaded.roadmap().map(r -> r.version).orElse(0L)))
                .build();
    }
}
