package de.pakt.roadmap;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How progress rolls up, measures → goals → roadmap (= site) → round → programme (docs/roadmap.md):
 * <ul>
 * <li>a measure counts with its progress in percent; DONE counts 100; DROPPED does not count at all;</li>
 * <li>a goal, a roadmap, a round and a programme each have the plain mean of the parts below them that have a
 * progress; a part without any counting measure is left out (not counted as 0), and so is a whole without such
 * parts (it has no progress yet).</li>
 * </ul>
 */
public final class Progress {

    private Progress() {}

    /** A measure's share, or empty for a dropped measure. */
    public static OptionalDouble ofMeasure(Measure.Status status, int progress) {
        return switch (status) {
            case DROPPED -> OptionalDouble.empty();
            case DONE -> OptionalDouble.of(100);
            default -> OptionalDouble.of(Math.max(0, Math.min(100, progress)));
        };
    }

    /** The mean of the parts that have a progress; empty when none has. */
    public static OptionalDouble mean(Collection<OptionalDouble> parts) {
        return parts.stream()
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }
}
