package de.pakt.selection;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** One steering-group member's review of one application: scores per criterion, or a conflict of interest. */
@Entity
@Table(name = "review")
public class Review extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    /** Token subject of the member. */
    @Column(nullable = false)
    public String reviewer;

    @Column(name = "conflict_of_interest", nullable = false)
    public boolean conflictOfInterest;

    public String comment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_key")
    @Column(name = "score")
    public Map<String, Integer> scores = new HashMap<>();
}
