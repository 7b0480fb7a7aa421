package de.pakt.roadmap.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.api.RoadmapsApi;
import de.pakt.api.model.AdoptionInput;
import de.pakt.api.model.DocumentFormat;
import de.pakt.api.model.GoalInput;
import de.pakt.api.model.Indicator;
import de.pakt.api.model.MeasureInput;
import de.pakt.api.model.MeasureStatus;
import de.pakt.api.model.MilestoneInput;
import de.pakt.api.model.ProgramProgress;
import de.pakt.api.model.RoadmapInput;
import de.pakt.api.model.RoadmapStatus;
import de.pakt.api.model.RoundProgress;
import de.pakt.api.model.RoundProgressSummary;
import de.pakt.api.model.SiteProgress;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Attachments;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.program.Program;
import de.pakt.registry.AreaRefs;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.Progress;
import de.pakt.roadmap.Roadmap;
import de.pakt.roadmap.export.RoadmapExport;
import de.pakt.roadmap.service.ProgressReport;
import de.pakt.roadmap.service.ProgressReport.Counts;
import de.pakt.roadmap.service.ProgressReport.SiteRow;
import de.pakt.roadmap.service.RoadmapService;
import de.pakt.roadmap.service.RoadmapService.GoalData;
import de.pakt.roadmap.service.RoadmapService.Loaded;
import de.pakt.roadmap.service.RoadmapService.MeasureData;
import de.pakt.roadmap.service.RoadmapService.MilestoneData;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response getRoadmap(UUID siteId) {
        Response response = roadmap(service.load(siteId));
        if (user.isIntegrationClient()) {
            // Programme data without personal data: a measure's responsible party is often a person.
            ((de.pakt.api.model.Roadmap) response.getEntity())
                    .getGoals()
                    .forEach(g -> g.getMeasures().forEach(m -> m.setResponsible(null)));
        }
        return response;
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response updateRoadmap(UUID siteId, String ifMatch, RoadmapInput input) {
        service.updateVision(siteId, ifMatch, input.getVision());
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response createGoal(UUID siteId, GoalInput input) {
        Goal goal = service.createGoal(siteId, toData(input));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("api/v1/goals/{id}").build(goal.id))
                .entity(toApi(goal, List.of()))
                .tag(ETags.of(goal.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response updateGoal(UUID goalId, String ifMatch, GoalInput input) {
        Goal goal = service.updateGoal(goalId, ifMatch, toData(input));
        return Response.ok(toApi(goal, Measure.list("goalId = ?1 order by createdAt, id", goalId)))
                .tag(ETags.of(goal.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response deleteGoal(UUID goalId, String ifMatch) {
        service.deleteGoal(goalId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response createMeasure(UUID goalId, MeasureInput input) {
        Measure m = service.createMeasure(goalId, toData(input));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("api/v1/measures/{id}").build(m.id))
                .entity(toApi(m))
                .tag(ETags.of(m.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response updateMeasure(UUID measureId, String ifMatch, MeasureInput input) {
        Measure m = service.updateMeasure(measureId, ifMatch, toData(input));
        return Response.ok(toApi(m)).tag(ETags.of(m.version)).build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response adoptRoadmap(UUID siteId, String ifMatch, AdoptionInput input) {
        service.adopt(siteId, ifMatch, input.getAdoptedOn(), input.getCouncilResolution());
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response startRoadmapImplementation(UUID siteId, String ifMatch) {
        service.startImplementation(siteId, ifMatch);
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response completeRoadmap(UUID siteId, String ifMatch) {
        service.complete(siteId, ifMatch);
        return roadmap(service.load(siteId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response createMilestone(UUID siteId, MilestoneInput input) {
        Milestone m = service.createMilestone(siteId, toData(input));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/milestones/{id}")
                        .build(m.id))
                .entity(toApi(m))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response updateMilestone(UUID milestoneId, String ifMatch, MilestoneInput input) {
        return Response.ok(toApi(service.updateMilestone(milestoneId, ifMatch, toData(input))))
                .build();
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
    public Response getRoundProgress(UUID roundId) {
        rounds.require(roundId, true);
        List<SiteRow> rows = progress.sites(List.of(roundId));
        AreaRefs areas = AreaRefs.of(rows.stream().map(SiteRow::applicantKey).toList());
        List<SiteProgress> sites = rows.stream()
                .map(r -> {
                    SiteProgress p = new SiteProgress()
                            .siteId(r.siteId())
                            .applicant(areas.ref(r.applicantKey()))
                            .measures(r.measures().toApi());
                    r.progress().ifPresent(p::setProgress);
                    return p;
                })
                .sorted(Comparator.comparing(
                        (SiteProgress p) -> p.getApplicant().getName()))
                .toList();
        RoundProgress api = new RoundProgress()
                .roundId(roundId)
                .sites(sites)
                .measures(Counts.sum(rows.stream().map(SiteRow::measures).toList())
                        .toApi());
        ProgressReport.mean(rows).ifPresent(api::setProgress);
        return Response.ok(api).build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public Response getProgramProgress(UUID programId) {
        if (Program.findById(programId) == null) {
            throw ProblemException.notFound("roadmap.noun.program", programId);
        }
        List<FundingRound> programRounds = FundingRound.list("programId = ?1 order by number", programId);
        Map<UUID, List<SiteRow>> byRound = progress
                .sites(programRounds.stream().map(r -> r.id).toList())
                .stream()
                .collect(Collectors.groupingBy(SiteRow::roundId));
        List<RoundProgressSummary> perRound = new ArrayList<>();
        List<OptionalDouble> roundMeans = new ArrayList<>();
        Counts total = Counts.NONE;
        for (FundingRound r : programRounds) {
            List<SiteRow> rows = byRound.getOrDefault(r.id, List.of());
            OptionalDouble mean = ProgressReport.mean(rows);
            Counts c = Counts.sum(rows.stream().map(SiteRow::measures).toList());
            total = total.plus(c);
            roundMeans.add(mean);
            RoundProgressSummary s = new RoundProgressSummary()
                    .roundId(r.id)
                    .number(r.number)
                    .title(r.title)
                    .measures(c.toApi())
                    .sitesWithProgress((int)
                            rows.stream().filter(x -> x.progress().isPresent()).count());
            mean.ifPresent(s::setProgress);
            perRound.add(s);
        }
        ProgramProgress api =
                new ProgramProgress().programId(programId).rounds(perRound).measures(total.toApi());
        Progress.mean(roundMeans).ifPresent(api::setProgress);
        return Response.ok(api).build();
    }

    private static MilestoneData toData(MilestoneInput in) {
        return new MilestoneData(in.getTitle(), in.getDueDate(), in.getDoneOn(), Boolean.TRUE.equals(in.getDropped()));
    }

    private static de.pakt.api.model.Milestone toApi(Milestone m) {
        return new de.pakt.api.model.Milestone()
                .id(m.id)
                .title(m.title)
                .dueDate(m.dueDate)
                .doneOn(m.doneOn)
                .dropped(m.dropped)
                .position(m.position)
                .version(m.version)
                .updatedAt(ApiTime.utc(m.updatedAt));
    }

    private static Response roadmap(Loaded loaded) {
        Roadmap r = loaded.roadmap().orElse(null);
        List<de.pakt.api.model.Goal> goals = loaded.goals().stream()
                .map(g -> toApi(
                        g,
                        loaded.measures().stream()
                                .filter(m -> m.goalId.equals(g.id))
                                .toList()))
                .toList();
        OptionalDouble progress = Progress.mean(goals.stream()
                .map(g -> g.getProgress() == null ? OptionalDouble.empty() : OptionalDouble.of(g.getProgress()))
                .toList());
        de.pakt.api.model.Roadmap api = new de.pakt.api.model.Roadmap()
                .siteId(loaded.siteId())
                .status(RoadmapStatus.fromValue((r == null ? Roadmap.Status.DRAFT : r.status).name()))
                .vision(r == null ? null : r.vision)
                .adoptedOn(r == null ? null : r.adoptedOn)
                .councilResolution(r == null ? null : r.councilResolution)
                .goals(goals)
                .milestones(
                        loaded.milestones().stream().map(RoadmapResource::toApi).toList());
        progress.ifPresent(api::setProgress);
        return Response.ok(api).tag(ETags.of(r == null ? 0 : r.version)).build();
    }

    private static de.pakt.api.model.Goal toApi(Goal g, List<Measure> measures) {
        de.pakt.api.model.Goal api = new de.pakt.api.model.Goal()
                .id(g.id)
                .title(g.title)
                .description(g.description)
                .measures(measures.stream().map(RoadmapResource::toApi).toList())
                .version(g.version)
                .updatedAt(ApiTime.utc(g.updatedAt));
        if (g.indicatorName != null) {
            api.setIndicator(new Indicator()
                    .name(g.indicatorName)
                    .baseline(d(g.indicatorBaseline))
                    .target(d(g.indicatorTarget))
                    .current(d(g.indicatorCurrent)));
        }
        Progress.mean(measures.stream()
                        .map(m -> Progress.ofMeasure(m.status, m.progress))
                        .toList())
                .ifPresent(api::setProgress);
        return api;
    }

    private static de.pakt.api.model.Measure toApi(Measure m) {
        return new de.pakt.api.model.Measure()
                .id(m.id)
                .goalId(m.goalId)
                .title(m.title)
                .description(m.description)
                .topicId(m.topicId)
                .responsible(m.responsible)
                .partners(List.copyOf(m.partners))
                .startDate(m.startDate)
                .endDate(m.endDate)
                .status(MeasureStatus.fromValue(m.status.name()))
                .progress(m.progress)
                .buildsOnExisting(m.buildsOnExisting)
                ._public(m.isPublic)
                .version(m.version)
                .updatedAt(ApiTime.utc(m.updatedAt));
    }

    private static GoalData toData(GoalInput in) {
        Indicator i = in.getIndicator();
        return new GoalData(
                in.getTitle(),
                in.getDescription(),
                i == null ? null : i.getName(),
                i == null ? null : bd(i.getBaseline()),
                i == null ? null : bd(i.getTarget()),
                i == null ? null : bd(i.getCurrent()));
    }

    private static MeasureData toData(MeasureInput in) {
        return new MeasureData(
                in.getTitle(),
                in.getDescription(),
                in.getTopicId(),
                in.getResponsible(),
                in.getPartners() == null ? List.of() : in.getPartners(),
                in.getStartDate(),
                in.getEndDate(),
                in.getStatus() == null
                        ? Measure.Status.PLANNED
                        : Measure.Status.valueOf(in.getStatus().name()),
                in.getProgress() == null ? 0 : in.getProgress(),
                Boolean.TRUE.equals(in.getBuildsOnExisting()),
                Boolean.TRUE.equals(in.getPublic()));
    }

    private static Double d(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal bd(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
