package de.pakt.program;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a programme's process template (Prozessbaustein); its position is the list index. */
@Embeddable
public class ProcessModule {

    @Column(nullable = false)
    public String title;

    public String description;

    public ProcessModule() {}

    public ProcessModule(String title, String description) {
        this.title = title;
        this.description = description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessModule other
                && Objects.equals(title, other.title)
                && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description);
    }
}
