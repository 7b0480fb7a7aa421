package de.pakt.common.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Collects the names of the fields an update actually changes, and applies the new values. */
public final class FieldChanges {

    private final List<String> changed = new ArrayList<>();

    /** Sets the field through {@code setter} and remembers its name when the value differs. */
    public <T> FieldChanges set(String field, T current, T updated, Consumer<T> setter) {
        if (!Objects.equals(current, updated)) {
            changed.add(field);
            setter.accept(updated);
        }
        return this;
    }

    public List<String> names() {
        return List.copyOf(changed);
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }
}
