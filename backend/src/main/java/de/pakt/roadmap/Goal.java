package de.pakt.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A goal (Ziel) of a roadmap, with an optional indicator (baseline, target, current). */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "indicator_name")
    public String indicatorName;

    @Column(name = "indicator_base")
    public BigDecimal indicatorBaseline;

    @Column(name = "indicator_target")
    public BigDecimal indicatorTarget;

    @Column(name = "indicator_value")
    public BigDecimal indicatorCurrent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
