package de.pakt.roadmap.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.Progress;
import de.pakt.roadmap.Roadmap;
import de.pakt.roadmap.service.RoadmapService.Loaded;

/** Everything a roadmap document shows, read once and laid out twice (PDF and XLSX). */
public record RoadmapSnapshot(
        String siteName,
        String roundTitle,
        String programTitle,
        Roadmap.Status status,
        String vision,
        LocalDate adoptedOn,
        String councilResolution,
        OptionalDouble progress,
        List<GoalRow> goals,
        List<Milestone> milestones,
        LocalDate printedOn) {

    public record GoalRow(int number, Goal goal, OptionalDouble progress, List<MeasureRow> measures) {}

    public record MeasureRow(Measure measure, String topic, OptionalDouble share) {}

    static RoadmapSnapshot of(
            Loaded loaded,
            String siteName,
            String roundTitle,
            String programTitle,
            Map<UUID, String> topicNames,
            LocalDate printedOn) {
        Map<UUID, List<Measure>> byGoal = loaded.measures().stream().collect(Collectors.groupingBy(m -> m.goalId));
        List<GoalRow> goals = new java.util.ArrayList<>();
        for (Goal g : loaded.goals()) {
            List<MeasureRow> measures = byGoal.getOrDefault(g.id, List.of()).stream()
                    .map(m -> new MeasureRow(
                            m,
                            m.topicId == null ? null : topicNames.get(m.topicId),
                            Progress.ofMeasure(m.status, m.progress)))
                    .toList();
            goals.add(new GoalRow(
                    goals.size() + 1,
                    g,
                    Progress.mean(measures.stream().map(MeasureRow::share).toList()),
                    measures));
        }
        Roadmap r = loaded.roadmap().orElse(null);
        return new RoadmapSnapshot(
                siteName,
                roundTitle,
                programTitle,
                r == null ? Roadmap.Status.DRAFT : r.status,
                r == null ? null : r.vision,
                r == null ? null : r.adoptedOn,
                r == null ? null : r.councilResolution,
                Progress.mean(goals.stream().map(GoalRow::progress).toList()),
                goals,
                loaded.milestones().stream()
                        .sorted(Comparator.comparingInt((Milestone m) -> m.position))
                        .toList(),
                printedOn);
    }

    /** Where a milestone stands on the day the document is printed. */
    public enum MilestoneState {
        DROPPED,
        REACHED,
        OVERDUE,
        OPEN
    }

    static MilestoneState milestoneState(Milestone m, LocalDate today) {
        if (m.dropped) {
            return MilestoneState.DROPPED;
        }
        if (m.doneOn != null) {
            return MilestoneState.REACHED;
        }
        return m.dueDate != null && m.dueDate.isBefore(today) ? MilestoneState.OVERDUE : MilestoneState.OPEN;
    }
}
