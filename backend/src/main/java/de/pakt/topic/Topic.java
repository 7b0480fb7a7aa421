package de.pakt.topic;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic (Handlungsfeld) of the taxonomy. Retired instead of deleted, so references stay readable. */
@Entity
@Table(name = "topic")
public class Topic extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active;

    /** Every topic's name by id (a handful of rows), for labelling measures, events and practices. */
    public static Map<UUID, String> names() {
        return Topic.<Topic>listAll().stream().collect(Collectors.toMap(t -> t.id, t -> t.name));
    }
}
