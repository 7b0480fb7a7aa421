package de.pakt.roadmap.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.web.ETags;
import de.pakt.common.web.InputRules;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.program.Program;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.Roadmap;
import de.pakt.round.FundingRound;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import de.pakt.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Roadmaps, goals and measures, written by the site's own people (SiteAccess decides who that is). */
@ApplicationScoped
@Transactional
public class RoadmapService {

    public record GoalData(
            String title,
            String description,
            String indicatorName,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal current) {}

    public record MeasureData(
            String title,
            String description,
            UUID topicId,
            String responsible,
            List<String> partners,
            LocalDate startDate,
            LocalDate endDate,
            Measure.Status status,
            int progress,
            boolean buildsOnExisting,
            boolean isPublic) {}

    /** What a roadmap consists of, loaded in three queries. */
    public record Loaded(
            UUID siteId,
            Optional<Roadmap> roadmap,
            List<Goal> goals,
            List<Measure> measures,
            List<Milestone> milestones) {}

    @Inject
    SiteAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Loaded load(UUID siteId) {
        access.requireReadable(siteId);
        List<Goal> goals = Goal.list("siteId = ?1 order by position, createdAt", siteId);
        List<Measure> measures = goals.isEmpty()
                ? List.of()
                : Measure.list(
                        "goalId in ?1 order by createdAt, id",
                        goals.stream().map(g -> g.id).toList());
        return new Loaded(
                siteId,
                Roadmap.findByIdOptional(siteId),
                goals,
                measures,
                Milestone.list("siteId = ?1 order by position, createdAt", siteId));
    }

    public Roadmap updateVision(UUID siteId, String ifMatch, String vision) {
        access.requireVisible(siteId);
        lockSite(siteId);
        Optional<Roadmap> existing = Roadmap.findByIdOptional(siteId);
        Roadmap roadmap = existing.orElseGet(() -> newRoadmap(siteId));
        ETags.requireMatch(ifMatch, existing.map(r -> r.version).orElse(0L));
        String value = vision == null || vision.isBlank() ? null : vision.strip();
        FieldChanges changes = new FieldChanges().set("vision", roadmap.vision, value, v -> roadmap.vision = v);
        if (!changes.isEmpty() || existing.isEmpty()) {
            audit.record("roadmap", siteId, existing.isEmpty() ? Action.CREATE : Action.UPDATE, List.of("vision"));
        }
        if (existing.isEmpty()) {
            roadmap.persist();
            instantiateMilestones(siteId);
        }
        if (!changes.isEmpty() || existing.isEmpty()) {
            outbox.publish(ChangeType.ROADMAP_CHANGED, siteId, roadmap);
        }
        Roadmap.getEntityManager().flush();
        return roadmap;
    }

    public Goal createGoal(UUID siteId, GoalData data) {
        access.requireVisible(siteId);
        lockSite(siteId);
        if (Roadmap.findById(siteId) == null) {
            create(siteId);
        }
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.siteId = siteId;
        goal.position = (int) Goal.count("siteId", siteId) + 1;
        FieldChanges changes = apply(goal, data);
        goal.persist();
        audit.record("goal", goal.id, Action.CREATE, changes.names());
        outbox.publish(ChangeType.ROADMAP_CHANGED, siteId, null);
        return goal;
    }

    public Goal updateGoal(UUID goalId, String ifMatch, GoalData data) {
        Goal goal = requireGoal(goalId);
        ETags.requireMatch(ifMatch, goal.version);
        FieldChanges changes = apply(goal, data);
        if (!changes.isEmpty()) {
            audit.record("goal", goal.id, Action.UPDATE, changes.names());
            outbox.publish(ChangeType.ROADMAP_CHANGED, goal.siteId, null);
        }
        Goal.getEntityManager().flush();
        return goal;
    }

    public void deleteGoal(UUID goalId, String ifMatch) {
        Goal goal = requireGoal(goalId);
        ETags.requireMatch(ifMatch, goal.version);
        long measures = Measure.count("goalId", goalId);
        if (measures > 0) {
            throw ProblemException.conflict("roadmap.goal.hasMeasures", measures);
        }
        goal.delete();
        audit.record("goal", goalId, Action.DELETE, List.of());
        outbox.publish(ChangeType.ROADMAP_CHANGED, goal.siteId, null);
    }

    public Measure createMeasure(UUID goalId, MeasureData data) {
        Goal goal = requireGoal(goalId);
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.goalId = goal.id;
        FieldChanges changes = apply(measure, data);
        measure.persist();
        audit.record("measure", measure.id, Action.CREATE, changes.names());
        outbox.publish(ChangeType.MEASURE_CREATED, measure.id, measure, goal.siteId);
        return measure;
    }

    public Measure updateMeasure(UUID measureId, String ifMatch, MeasureData data) {
        Measure measure = Measure.<Measure>findByIdOptional(measureId)
                .orElseThrow(() -> ProblemException.notFound("roadmap.noun.measure", measureId));
        Goal goal = requireGoal(measure.goalId);
        ETags.requireMatch(ifMatch, measure.version);
        FieldChanges changes = apply(measure, data);
        if (!changes.isEmpty()) {
            audit.record("measure", measure.id, Action.UPDATE, changes.names());
            outbox.publish(ChangeType.MEASURE_CHANGED, measure.id, measure, goal.siteId);
        }
        Measure.getEntityManager().flush();
        return measure;
    }

    /** The goal, if the caller may work on its site; 404 otherwise. */
    private Goal requireGoal(UUID goalId) {
        Goal goal = Goal.<Goal>findByIdOptional(goalId)
                .orElseThrow(() -> ProblemException.notFound("roadmap.noun.goal", goalId));
        try {
            access.requireVisible(goal.siteId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("roadmap.noun.goal", goalId);
        }
        return goal;
    }

    public record MilestoneData(String title, LocalDate dueDate, LocalDate doneOn, boolean dropped) {}

    /** DRAFT → ADOPTED, with the council resolution; a roadmap without goals is not adopted. */
    public Roadmap adopt(UUID siteId, String ifMatch, LocalDate adoptedOn, String councilResolution) {
        Roadmap r = requireRoadmap(siteId, ifMatch);
        requireStatus(r, Roadmap.Status.DRAFT, "roadmap.status.notAdoptable");
        if (Goal.count("siteId", siteId) == 0) {
            throw ProblemException.conflict("roadmap.adoptWithoutGoals");
        }
        if (councilResolution == null || councilResolution.isBlank()) {
            throw ProblemException.invalid("councilResolution", "common.field.blank");
        }
        r.adoptedOn = adoptedOn;
        r.councilResolution = councilResolution.strip();
        return transition(r, Roadmap.Status.ADOPTED, List.of("status", "adoptedOn", "councilResolution"));
    }

    public Roadmap startImplementation(UUID siteId, String ifMatch) {
        Roadmap r = requireRoadmap(siteId, ifMatch);
        requireStatus(r, Roadmap.Status.ADOPTED, "roadmap.status.notStartable");
        return transition(r, Roadmap.Status.IN_IMPLEMENTATION, List.of("status"));
    }

    public Roadmap complete(UUID siteId, String ifMatch) {
        Roadmap r = requireRoadmap(siteId, ifMatch);
        requireStatus(r, Roadmap.Status.IN_IMPLEMENTATION, "roadmap.status.notCompletable");
        return transition(r, Roadmap.Status.COMPLETED, List.of("status"));
    }

    public Milestone createMilestone(UUID siteId, MilestoneData data) {
        access.requireVisible(siteId);
        lockSite(siteId);
        if (Roadmap.findById(siteId) == null) {
            create(siteId);
        }
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.siteId = siteId;
        m.position = (int) Milestone.count("siteId", siteId) + 1;
        apply(m, data);
        m.persist();
        audit.record("milestone", m.id, Action.CREATE, List.of("title", "dueDate"));
        outbox.publish(ChangeType.MILESTONE_CREATED, m.id, m, siteId);
        return m;
    }

    public Milestone updateMilestone(UUID milestoneId, String ifMatch, MilestoneData data) {
        Milestone m = Milestone.<Milestone>findByIdOptional(milestoneId)
                .orElseThrow(() -> ProblemException.notFound("roadmap.noun.milestone", milestoneId));
        try {
            access.requireVisible(m.siteId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("roadmap.noun.milestone", milestoneId);
        }
        ETags.requireMatch(ifMatch, m.version);
        boolean completes = m.doneOn == null && data.doneOn() != null;
        FieldChanges changes = apply(m, data);
        // A save that changes nothing keeps the version: nothing to audit or announce.
        if (!changes.isEmpty()) {
            audit.record("milestone", m.id, Action.UPDATE, changes.names());
            outbox.publish(
                    completes ? ChangeType.MILESTONE_COMPLETED : ChangeType.MILESTONE_CHANGED, m.id, m, m.siteId);
        }
        return m;
    }

    private static FieldChanges apply(Milestone m, MilestoneData d) {
        if (d.title().isBlank()) {
            throw ProblemException.invalid("title", "common.field.blank");
        }
        return new FieldChanges()
                .set("title", m.title, d.title().strip(), v -> m.title = v)
                .set("dueDate", m.dueDate, d.dueDate(), v -> m.dueDate = v)
                .set("doneOn", m.doneOn, d.doneOn(), v -> m.doneOn = v)
                .set("dropped", m.dropped, d.dropped(), v -> m.dropped = v);
    }

    private Roadmap requireRoadmap(UUID siteId, String ifMatch) {
        access.requireVisible(siteId);
        Roadmap r =
                Roadmap.<Roadmap>findByIdOptional(siteId).orElseThrow(() -> ProblemException.conflict("roadmap.none"));
        ETags.requireMatch(ifMatch, r.version);
        return r;
    }

    /** {@code refusalKey} names the step: its text takes the expected status and the roadmap's status. */
    private static void requireStatus(Roadmap r, Roadmap.Status expected, String refusalKey) {
        if (r.status != expected) {
            throw ProblemException.conflict(refusalKey, expected, r.status);
        }
    }

    private Roadmap transition(Roadmap r, Roadmap.Status to, List<String> fields) {
        r.status = to;
        audit.record("roadmap", r.siteId, Action.ACTION, fields);
        outbox.publish(
                switch (to) {
                    case ADOPTED -> ChangeType.ROADMAP_ADOPTED;
                    case IN_IMPLEMENTATION -> ChangeType.ROADMAP_IMPLEMENTATION_STARTED;
                    case COMPLETED -> ChangeType.ROADMAP_COMPLETED;
                    case DRAFT -> throw new IllegalStateException("A roadmap never returns to DRAFT");
                },
                r.siteId,
                r);
        return r;
    }

    /**
     * Writes that may create the site's roadmap, or count its goals or milestones for the next position, take their
     * turn: two first writes at once would otherwise both insert the roadmap, and the second would fail as a duplicate.
     */
    private static void lockSite(UUID siteId) {
        Site.findById(siteId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A new roadmap with the milestones of the programme's process modules. */
    private void create(UUID siteId) {
        newRoadmap(siteId).persist();
        instantiateMilestones(siteId);
        audit.record("roadmap", siteId, Action.CREATE, List.of("status"));
    }

    private void instantiateMilestones(UUID siteId) {
        Site site = Site.findById(siteId);
        FundingRound round = FundingRound.findById(site.roundId);
        Program program = Program.findById(round.programId);
        for (int i = 0; i < program.processModules.size(); i++) {
            Milestone m = new Milestone();
            m.id = UUID.randomUUID();
            m.siteId = siteId;
            m.position = i + 1;
            m.title = program.processModules.get(i).title;
            m.persist();
            outbox.publish(ChangeType.MILESTONE_CREATED, m.id, m, siteId);
        }
    }

    private static Roadmap newRoadmap(UUID siteId) {
        Roadmap r = new Roadmap();
        r.siteId = siteId;
        r.status = Roadmap.Status.DRAFT;
        return r;
    }

    /** The indicator columns are numeric(14, 2): at most ±999,999,999,999.99. */
    private static final double INDICATOR_MAX = InputRules.numericMax(14, 2).doubleValue();

    private static FieldChanges apply(Goal g, GoalData d) {
        if (d.title().isBlank()) {
            throw ProblemException.invalid("title", "common.field.blank");
        }
        List<FieldViolation> tooLarge = new ArrayList<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("indicator.baseline", d.baseline());
        values.put("indicator.target", d.target());
        values.put("indicator.current", d.current());
        values.forEach((field, value) -> {
            if (!InputRules.fitsNumeric(value, 14, 2)) {
                tooLarge.add(new FieldViolation(
                        field,
                        "common.field.between",
                        new Message.Decimal(-INDICATOR_MAX, 2),
                        new Message.Decimal(INDICATOR_MAX, 2)));
            }
        });
        if (!tooLarge.isEmpty()) {
            throw ProblemException.validation(tooLarge);
        }
        return new FieldChanges()
                .set("title", g.title, d.title().strip(), v -> g.title = v)
                .set("description", g.description, blankToNull(d.description()), v -> g.description = v)
                .set("indicator.name", g.indicatorName, blankToNull(d.indicatorName()), v -> g.indicatorName = v)
                .set("indicator.baseline", g.indicatorBaseline, d.baseline(), v -> g.indicatorBaseline = v)
                .set("indicator.target", g.indicatorTarget, d.target(), v -> g.indicatorTarget = v)
                .set("indicator.current", g.indicatorCurrent, d.current(), v -> g.indicatorCurrent = v);
    }

    private static FieldChanges apply(Measure m, MeasureData d) {
        if (d.title().isBlank()) {
            throw ProblemException.invalid("title", "common.field.blank");
        }
        if (d.topicId() != null && Topic.findById(d.topicId()) == null) {
            throw ProblemException.invalid("topicId", "roadmap.measure.unknownTopic");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw ProblemException.invalid("endDate", "roadmap.measure.endBeforeStart");
        }
        int progress = d.status() == Measure.Status.DONE ? 100 : d.progress();
        return new FieldChanges()
                .set("title", m.title, d.title().strip(), v -> m.title = v)
                .set("description", m.description, blankToNull(d.description()), v -> m.description = v)
                .set("topicId", m.topicId, d.topicId(), v -> m.topicId = v)
                .set("responsible", m.responsible, blankToNull(d.responsible()), v -> m.responsible = v)
                .set(
                        "partners",
                        List.copyOf(m.partners),
                        d.partners().stream()
                                .map(String::strip)
                                .filter(p -> !p.isEmpty())
                                .toList(),
                        v -> {
                            m.partners.clear();
                            m.partners.addAll(v);
                        })
                .set("startDate", m.startDate, d.startDate(), v -> m.startDate = v)
                .set("endDate", m.endDate, d.endDate(), v -> m.endDate = v)
                .set("status", m.status, d.status(), v -> m.status = v)
                .set("progress", m.progress, progress, v -> m.progress = v)
                .set("buildsOnExisting", m.buildsOnExisting, d.buildsOnExisting(), v -> m.buildsOnExisting = v)
                .set("public", m.isPublic, d.isPublic(), v -> m.isPublic = v);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
