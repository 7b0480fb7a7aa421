package de.pakt.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The roll-up rule of docs/roadmap.md over random roadmaps. */
class ProgressPropertyTest {

    record M(Measure.Status status, int progress) {}

    /**
     * What a user would notice about one measure, not the rule's switch restated: a share is a percentage, more
     * progress never lowers it, marking a measure done makes it count fully whatever its progress said, and a dropped
     * measure does not count at all.
     */
    @Property
    void moreProgressOrDoneNeverLowersAShareAndDroppedDoesNotCount(
            @ForAll("measures") M m, @ForAll @IntRange(min = 0, max = 100) int other) {
        OptionalDouble share = Progress.ofMeasure(m.status(), m.progress());
        if (m.status() == Measure.Status.DROPPED) {
            assertThat(share).isEmpty();
            assertThat(Progress.ofMeasure(m.status(), other)).isEmpty();
            return;
        }
        assertThat(share.getAsDouble()).isBetween(0.0, 100.0);
        int more = Math.max(m.progress(), other);
        assertThat(Progress.ofMeasure(m.status(), more).getAsDouble()).isGreaterThanOrEqualTo(share.getAsDouble());
        assertThat(Progress.ofMeasure(Measure.Status.DONE, other).getAsDouble()).isEqualTo(100.0);
    }

    @Property
    void aWholeLiesBetweenItsPartsAndIgnoresPartsWithoutProgress(
            @ForAll("goals") List<List<M>> goals, @ForAll long seed) {
        List<OptionalDouble> goalProgress = goals.stream()
                .map(ms -> Progress.mean(ms.stream()
                        .map(m -> Progress.ofMeasure(m.status(), m.progress()))
                        .toList()))
                .toList();
        OptionalDouble roadmap = Progress.mean(goalProgress);
        List<Double> present = goalProgress.stream()
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        if (present.isEmpty()) {
            assertThat(roadmap).isEmpty();
            return;
        }
        assertThat(roadmap.getAsDouble())
                .isBetween(Collections.min(present) - 1e-9, Collections.max(present) + 1e-9)
                .isBetween(0.0, 100.0);
        // Order does not matter, and a part without progress (a goal without counting measures) changes nothing.
        List<OptionalDouble> shuffled = new ArrayList<>(goalProgress);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        shuffled.add(OptionalDouble.empty());
        assertThat(Progress.mean(shuffled).getAsDouble())
                .isCloseTo(roadmap.getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Everything done is 100 %; a roadmap whose measures are all dropped (or that has none) has no progress at all. */
    @Property
    void everythingDoneIsAHundredPercent(@ForAll("goals") List<List<M>> goals) {
        List<OptionalDouble> done = goals.stream()
                .map(ms -> Progress.mean(ms.stream()
                        .map(m -> Progress.ofMeasure(
                                m.status() == Measure.Status.DROPPED ? m.status() : Measure.Status.DONE, m.progress()))
                        .toList()))
                .toList();
        boolean anyCounts = goals.stream().flatMap(List::stream).anyMatch(m -> m.status() != Measure.Status.DROPPED);
        OptionalDouble roadmap = Progress.mean(done);
        assertThat(roadmap.isPresent()).isEqualTo(anyCounts);
        if (anyCounts) {
            assertThat(roadmap.getAsDouble()).isEqualTo(100.0);
        }
    }

    @Provide
    Arbitrary<M> measures() {
        return Combinators.combine(
                        Arbitraries.of(Measure.Status.class),
                        Arbitraries.integers().between(0, 100))
                .as(M::new);
    }

    @Provide
    Arbitrary<List<List<M>>> goals() {
        return measures().list().ofMaxSize(6).list().ofMaxSize(6);
    }
}
