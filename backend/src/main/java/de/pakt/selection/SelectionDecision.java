package de.pakt.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * What the steering group resolved about a round, as one revision. A FINAL revision is never edited; a correction
 * is a new revision, and the one it replaces becomes SUPERSEDED and stays readable.
 */
@Entity
@Table(name = "selection_decision")
public class SelectionDecision extends VersionedEntity {

    public enum Status {
        DRAFT,
        FINAL,
        SUPERSEDED
    }

    public enum Outcome {
        SELECTED,
        WAITLISTED,
        REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    public String rationale;

    @Column(name = "override_justification")
    public String overrideJustification;

    /** One violation per line, as at finalisation. */
    public String violations;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    @Column(name = "finalised_by")
    public String finalisedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_member", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> membersPresent = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_entry", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    public List<Entry> entries = new ArrayList<>();

    /** The decision about one application. */
    @Embeddable
    public static class Entry {

        @Column(name = "application_id", nullable = false)
        public UUID applicationId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Outcome outcome;

        @Column(name = "granted_cents")
        public Long grantedCents;

        @Column(name = "waitlist_rank")
        public Integer waitlistRank;

        public String reason;

        public Entry() {}

        public Entry(UUID applicationId, Outcome outcome, Long grantedCents, Integer waitlistRank, String reason) {
            this.applicationId = applicationId;
            this.outcome = outcome;
            this.grantedCents = grantedCents;
            this.waitlistRank = waitlistRank;
            this.reason = reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e
                    && Objects.equals(applicationId, e.applicationId)
                    && outcome == e.outcome
                    && Objects.equals(grantedCents, e.grantedCents)
                    && Objects.equals(waitlistRank, e.waitlistRank)
                    && Objects.equals(reason, e.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, outcome, grantedCents, waitlistRank, reason);
        }
    }
}
