package de.pakt.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A milestone of a roadmap (from a process module, or the site's own); dropped rather than deleted. */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(nullable = false)
    public boolean dropped;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
