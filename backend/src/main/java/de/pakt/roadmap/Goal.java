package de.pakt.roadmap;

import java.math.BigDecimal;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A goal (Ziel) of a roadmap, with an optional indicator (baseline, target, current). */
@Entity
@Table(name = "goal")
public class Goal extends VersionedEntity {

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
}
