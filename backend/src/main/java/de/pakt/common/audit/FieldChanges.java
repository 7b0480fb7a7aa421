package de.pakt.common.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Collects the names of the fields an update actually changes, and applies the new values. */
public final class FieldChanges {

    private final List<String> changed = new ArrayList<>();

    /** Sets the field through {@code setter} and remembers its name when the value differs. */
    public <T> FieldChanges set(String field, T current, T updated, Consumer<T> setter) {
        if (!same(current, updated)) {
            changed.add(field);
            setter.accept(updated);
        }
        return this;
    }

    // 10 and 10.00 are one amount (the database keeps the column's scale): not a change to audit or announce.
    private static boolean same(Object current, Object updated) {
        if (current instanceof BigDecimal a && updated instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(current, updated);
    }

    public List<String> names() {
        return List.copyOf(changed);
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }
}
