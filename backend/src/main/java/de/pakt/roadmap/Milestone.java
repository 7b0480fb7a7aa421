package de.pakt.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A milestone of a roadmap (from a process module, or the site's own); dropped rather than deleted. */
@Entity
@Table(name = "milestone")
public class Milestone extends VersionedEntity {

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
}
