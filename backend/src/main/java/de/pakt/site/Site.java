package de.pakt.site;

import java.time.LocalDate;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A site (Standort): a selected application in a round. Created by a final selection decision; facilitators,
 * dates, roadmap and budget follow in the sites feature.
 */
@Entity
@Table(name = "site")
public class Site extends VersionedEntity {

    public enum Status {
        ONBOARDING,
        ACTIVE,
        COMPLETED,
        DISCONTINUED
    }

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "applicant_key", nullable = false)
    public String applicantKey;

    @Column(name = "region_key", nullable = false)
    public String regionKey;

    @Column(name = "granted_cents", nullable = false)
    public long grantedCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "lead_facilitator_id")
    public UUID leadFacilitatorId;

    @Column(name = "co_facilitator_id")
    public UUID coFacilitatorId;

    /** Auftaktgespräch. */
    @Column(name = "kickoff_date")
    public LocalDate kickoffDate;

    /** Abschlusspräsentation. */
    @Column(name = "final_presentation_date")
    public LocalDate finalPresentationDate;
}
