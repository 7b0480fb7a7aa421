package de.pakt.roadmap.api;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

import de.pakt.api.model.GoalInput;
import de.pakt.api.model.Indicator;
import de.pakt.api.model.MeasureInput;
import de.pakt.api.model.MeasureStatus;
import de.pakt.api.model.MilestoneInput;
import de.pakt.api.model.ProgramProgress;
import de.pakt.api.model.RoadmapStatus;
import de.pakt.api.model.RoundProgress;
import de.pakt.api.model.RoundProgressSummary;
import de.pakt.api.model.SiteProgress;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.registry.AreaRefs;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.Progress;
import de.pakt.roadmap.Roadmap;
import de.pakt.roadmap.service.ProgressReport;
import de.pakt.roadmap.service.ProgressReport.Counts;
import de.pakt.roadmap.service.ProgressReport.ProgramRollUp;
import de.pakt.roadmap.service.ProgressReport.SiteRow;
import de.pakt.roadmap.service.RoadmapService.GoalData;
import de.pakt.roadmap.service.RoadmapService.Loaded;
import de.pakt.roadmap.service.RoadmapService.MeasureData;
import de.pakt.roadmap.service.RoadmapService.MilestoneData;

/** Maps between the generated API models and roadmaps with their goals, measures, milestones and progress. */
final class RoadmapMapper {

    private RoadmapMapper() {}

    /**
     * A site without a roadmap yet shows an empty draft. {@code withResponsible} is false for other systems: a
     * measure's responsible party is often a person.
     */
    static de.pakt.api.model.Roadmap toApi(Loaded loaded, boolean withResponsible) {
        Roadmap r = loaded.roadmap().orElse(null);
        List<de.pakt.api.model.Goal> goals = loaded.goals().stream()
                .map(g -> toApi(
                        g,
                        loaded.measures().stream()
                                .filter(m -> m.goalId.equals(g.id))
                                .toList()))
                .toList();
        if (!withResponsible) {
            goals.forEach(g -> g.getMeasures().forEach(m -> m.setResponsible(null)));
        }
        OptionalDouble progress = Progress.mean(goals.stream()
                .map(g -> g.getProgress() == null ? OptionalDouble.empty() : OptionalDouble.of(g.getProgress()))
                .toList());
        de.pakt.api.model.Roadmap api = new de.pakt.api.model.Roadmap()
                .siteId(loaded.siteId())
                .status(Enums.convert(r == null ? Roadmap.Status.DRAFT : r.status, RoadmapStatus.class))
                .vision(r == null ? null : r.vision)
                .adoptedOn(r == null ? null : r.adoptedOn)
                .councilResolution(r == null ? null : r.councilResolution)
                .goals(goals)
                .milestones(
                        loaded.milestones().stream().map(RoadmapMapper::toApi).toList());
        progress.ifPresent(api::setProgress);
        return api;
    }

    /** The goal's progress is the mean of its measures'. */
    static de.pakt.api.model.Goal toApi(Goal g, List<Measure> measures) {
        de.pakt.api.model.Goal api = new de.pakt.api.model.Goal()
                .id(g.id)
                .title(g.title)
                .description(g.description)
                .measures(measures.stream().map(RoadmapMapper::toApi).toList())
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

    static de.pakt.api.model.Measure toApi(Measure m) {
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
                .status(Enums.convert(m.status, MeasureStatus.class))
                .progress(m.progress)
                .buildsOnExisting(m.buildsOnExisting)
                ._public(m.isPublic)
                .version(m.version)
                .updatedAt(ApiTime.utc(m.updatedAt));
    }

    static de.pakt.api.model.Milestone toApi(Milestone m) {
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

    /** The round's sites by applicant name; the names come from one registry query. */
    static RoundProgress roundProgress(UUID roundId, List<SiteRow> rows) {
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
        return api;
    }

    static ProgramProgress programProgress(UUID programId, ProgramRollUp rollUp) {
        List<RoundProgressSummary> perRound = rollUp.rounds().stream()
                .map(r -> {
                    RoundProgressSummary s = new RoundProgressSummary()
                            .roundId(r.round().id)
                            .number(r.round().number)
                            .title(r.round().title)
                            .measures(r.measures().toApi())
                            .sitesWithProgress(r.sitesWithProgress());
                    r.progress().ifPresent(s::setProgress);
                    return s;
                })
                .toList();
        ProgramProgress api = new ProgramProgress()
                .programId(programId)
                .rounds(perRound)
                .measures(rollUp.measures().toApi());
        rollUp.progress().ifPresent(api::setProgress);
        return api;
    }

    static GoalData toData(GoalInput in) {
        Indicator i = in.getIndicator();
        return new GoalData(
                in.getTitle(),
                in.getDescription(),
                i == null ? null : i.getName(),
                i == null ? null : bd(i.getBaseline()),
                i == null ? null : bd(i.getTarget()),
                i == null ? null : bd(i.getCurrent()));
    }

    static MeasureData toData(MeasureInput in) {
        return new MeasureData(
                in.getTitle(),
                in.getDescription(),
                in.getTopicId(),
                in.getResponsible(),
                in.getPartners() == null ? List.of() : in.getPartners(),
                in.getStartDate(),
                in.getEndDate(),
                in.getStatus() == null ? Measure.Status.PLANNED : Enums.convert(in.getStatus(), Measure.Status.class),
                in.getProgress() == null ? 0 : in.getProgress(),
                Boolean.TRUE.equals(in.getBuildsOnExisting()),
                Boolean.TRUE.equals(in.getPublic()));
    }

    static MilestoneData toData(MilestoneInput in) {
        return new MilestoneData(in.getTitle(), in.getDueDate(), in.getDoneOn(), Boolean.TRUE.equals(in.getDropped()));
    }

    private static Double d(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal bd(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
