package de.pakt.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import de.pakt.common.problem.ProblemException;
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

/** A funding round (Auflage) of a programme; its life cycle is enforced by {@link de.pakt.round.service.RoundService}. */
@Entity
@Table(name = "funding_round")
public class FundingRound extends VersionedEntity {

    public enum Status {
        DRAFT,
        OPEN,
        IN_REVIEW,
        DECIDED,
        RUNNING,
        CLOSED
    }

    /** Who may apply (values of the API's ApplicantKind). */
    public enum ApplicantKind {
        MUNICIPALITY,
        RURAL_DISTRICT,
        MUNICIPAL_ASSOCIATION;

        /** Gemeinden and Stadtkreise apply as municipalities, Landkreise as districts, GVV/VVG as associations. */
        public static ApplicantKind of(de.pakt.registry.AdministrativeArea area) {
            return switch (area.level) {
                case MUNICIPALITY -> MUNICIPALITY;
                case DISTRICT -> "STADTKREIS".equals(area.kind) ? MUNICIPALITY : RURAL_DISTRICT;
                case ASSOCIATION -> {
                    if ("EINHEITSGEMEINDE".equals(area.kind)) {
                        throw ProblemException.forbidden("round.applicant.unitaryMunicipality");
                    }
                    yield MUNICIPAL_ASSOCIATION;
                }
                case REGION -> throw ProblemException.forbidden("round.applicant.region");
            };
        }
    }

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(name = "call_text")
    public String callText;

    @Column(name = "window_opens_at")
    public Instant windowOpensAt;

    @Column(name = "window_closes_at")
    public Instant windowClosesAt;

    @Column(name = "cap_per_site_cents", nullable = false)
    public long capPerSiteCents;

    @Column(name = "total_budget_cents", nullable = false)
    public long totalBudgetCents;

    @Column(name = "target_sites", nullable = false)
    public int targetSites;

    /** Comma-separated {@link ApplicantKind} names. */
    @Column(name = "eligible_kinds", nullable = false)
    public String eligibleKinds;

    @Column(name = "score_scale_max", nullable = false)
    public int scoreScaleMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_quota", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    public List<RoundQuota> quotas = new ArrayList<>();

    public List<ApplicantKind> eligibleKindList() {
        return eligibleKinds == null || eligibleKinds.isBlank()
                ? List.of()
                : Arrays.stream(eligibleKinds.split(","))
                        .map(ApplicantKind::valueOf)
                        .toList();
    }

    public boolean windowContains(Instant instant) {
        return windowOpensAt != null
                && windowClosesAt != null
                && !instant.isBefore(windowOpensAt)
                && instant.isBefore(windowClosesAt);
    }
}
