package de.pakt.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site's roadmap (Fahrplan); it outlives the facilitation and stays with the municipality. */
@Entity
@Table(name = "roadmap")
public class Roadmap extends VersionedEntity {

    public enum Status {
        DRAFT,
        ADOPTED,
        IN_IMPLEMENTATION,
        COMPLETED
    }

    @Id
    @Column(name = "site_id")
    public UUID siteId;

    public String vision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "council_resolution")
    public String councilResolution;
}
