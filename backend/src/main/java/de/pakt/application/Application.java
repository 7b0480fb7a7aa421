package de.pakt.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import de.pakt.round.FundingRound.ApplicantKind;
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

/**
 * An application (Bewerbung) of one body of the registry, optionally with partners, to one round. Contact data
 * is personal data: it is shown only to the applicant, the programme office and the steering group.
 */
@Entity
@Table(name = "application")
public class Application extends VersionedEntity {

    public enum Status {
        DRAFT,
        SUBMITTED,
        WITHDRAWN,
        SELECTED,
        WAITLISTED,
        REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "applicant_key", nullable = false)
    public String applicantKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public ApplicantKind applicantKind;

    @Column(name = "region_key", nullable = false)
    public String regionKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "area_key")
    public List<String> partnerKeys = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_focus_topic", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> focusTopics = new ArrayList<>();

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    public String motivation;

    @Column(name = "existing_structures")
    public String existingStructures;

    @Column(name = "requested_cents", nullable = false)
    public long requestedCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
