package de.pakt.round;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A weighted selection criterion of a round; reviews score it by its key. */
@Embeddable
public class Criterion {

    @Column(name = "criterion_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public int weight;

    public Criterion() {}

    public Criterion(String key, String title, String description, int weight) {
        this.key = key;
        this.title = title;
        this.description = description;
        this.weight = weight;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c
                && Objects.equals(key, c.key)
                && Objects.equals(title, c.title)
                && Objects.equals(description, c.description)
                && weight == c.weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, title, description, weight);
    }
}
