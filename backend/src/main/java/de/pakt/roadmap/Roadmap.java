package de.pakt.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A site's roadmap (Fahrplan); it outlives the facilitation and stays with the municipality. */
@Entity
@Table(name = "roadmap")
public class Roadmap extends PanacheEntityBase {

    public enum Status { DRAFT, ADOPTED, IN_IMPLEMENTATION, COMPLETED }

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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
