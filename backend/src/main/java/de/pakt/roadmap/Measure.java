package de.pakt.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A measure (Maßnahme) towards a goal. */
@Entity
@Table(name = "measure")
public class Measure extends VersionedEntity {

    public enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE,
        ON_HOLD,
        DROPPED
    }

    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "topic_id")
    public UUID topicId;

    public String responsible;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_partner", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> partners = new ArrayList<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int progress;

    @Column(name = "builds_on_existing", nullable = false)
    public boolean buildsOnExisting;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;
}
