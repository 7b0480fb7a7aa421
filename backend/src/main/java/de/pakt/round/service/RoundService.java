package de.pakt.round.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.web.ETags;
import de.pakt.common.web.PageQuery;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.program.Program;
import de.pakt.round.Criterion;
import de.pakt.round.FundingRound;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.round.FundingRound.Status;
import de.pakt.round.RoundQuota;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Funding rounds and their life cycle DRAFT → OPEN → IN_REVIEW → DECIDED → RUNNING → CLOSED. No step is
 * skipped; each transition checks its preconditions and says what is missing.
 */
@ApplicationScoped
@Transactional
public class RoundService {

    @Inject
    SubmittedApplications applications;

    public static final String ENTITY_TYPE = "round";

    public record RoundData(
            UUID programId,
            int number,
            String title,
            String callText,
            Instant opensAt,
            Instant closesAt,
            long capPerSiteCents,
            long totalBudgetCents,
            int targetSites,
            List<ApplicantKind> eligibleKinds,
            int scoreScaleMax,
            List<Criterion> criteria,
            List<RoundQuota> quotas) {}

    public record RoundSlice(List<FundingRound> items, long totalItems) {}

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FundingRound> find(UUID id, boolean includeDrafts) {
        return FundingRound.<FundingRound>findByIdOptional(id).filter(r -> includeDrafts || r.status != Status.DRAFT);
    }

    /** The round, or 404 (drafts only for those who see drafts). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingRound require(UUID id, boolean includeDrafts) {
        return find(id, includeDrafts).orElseThrow(() -> ProblemException.notFound("round.noun.round", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundSlice list(PageQuery query, UUID programId, Status status, boolean includeDrafts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!includeDrafts) {
            where.append(" and status <> :draft");
            params.put("draft", Status.DRAFT);
        }
        if (programId != null) {
            where.append(" and programId = :programId");
            params.put("programId", programId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        PanacheQuery<FundingRound> found = FundingRound.find(
                        where.toString(), query.sort().and("id"), params)
                .page(query.panachePage());
        return new RoundSlice(found.list(), found.count());
    }

    public FundingRound create(RoundData data) {
        validate(data, null);
        FundingRound round = new FundingRound();
        round.id = UUID.randomUUID();
        round.status = Status.DRAFT;
        FieldChanges changes = apply(round, data);
        round.persist();
        audit.record(ENTITY_TYPE, round.id, Action.CREATE, changes.names());
        return round;
    }

    public FundingRound update(UUID id, String ifMatch, RoundData data) {
        FundingRound round = require(id, true);
        ETags.requireMatch(ifMatch, round.version);
        if (round.status != Status.DRAFT) {
            throw ProblemException.conflict("round.update.notDraft", round.status);
        }
        validate(data, round.id);
        FieldChanges changes = apply(round, data);
        if (!changes.isEmpty()) {
            audit.record(ENTITY_TYPE, round.id, Action.UPDATE, changes.names());
        }
        FundingRound.getEntityManager().flush();
        return round;
    }

    public FundingRound open(UUID id, String ifMatch) {
        FundingRound round = require(id, true);
        ETags.requireMatch(ifMatch, round.version);
        requireStatus(round, Status.DRAFT, "round.transition.open");
        List<Message> missing = new ArrayList<>();
        if (round.criteria.isEmpty()) {
            missing.add(Message.of("round.open.missing.criterion"));
        }
        if (round.windowOpensAt == null || round.windowClosesAt == null) {
            missing.add(Message.of("round.open.missing.window"));
        } else if (!round.windowClosesAt.isAfter(Instant.now())) {
            missing.add(Message.of("round.open.missing.windowOver", round.windowClosesAt));
        }
        if (round.eligibleKindList().isEmpty()) {
            missing.add(Message.of("round.open.missing.applicantKinds"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("round.open.missing", joinedBySemicolons(missing));
        }
        return transition(round, Status.OPEN);
    }

    public FundingRound startReview(UUID id, String ifMatch) {
        FundingRound round = require(id, true);
        ETags.requireMatch(ifMatch, round.version);
        requireStatus(round, Status.OPEN, "round.transition.startReview");
        long submitted = applications.countSubmitted(round.id);
        if (submitted == 0) {
            throw ProblemException.conflict("round.startReview.noApplications");
        }
        return transition(round, Status.IN_REVIEW);
    }

    public FundingRound start(UUID id, String ifMatch) {
        FundingRound round = require(id, true);
        ETags.requireMatch(ifMatch, round.version);
        if (round.status != Status.DECIDED) {
            throw ProblemException.conflict("round.start.notDecided", round.status);
        }
        return transition(round, Status.RUNNING);
    }

    public FundingRound close(UUID id, String ifMatch) {
        FundingRound round = require(id, true);
        ETags.requireMatch(ifMatch, round.version);
        requireStatus(round, Status.RUNNING, "round.transition.close");
        return transition(round, Status.CLOSED);
    }

    /** {@code verbKey} names what happens to the round, e.g. {@code round.transition.open} ("eröffnet"). */
    private static void requireStatus(FundingRound round, Status expected, String verbKey) {
        if (round.status != expected) {
            throw ProblemException.conflict(
                    "round.transition.wrongStatus", expected, Message.of(verbKey), round.status);
        }
    }

    /** "a; b; c" — the items of a list that contain commas themselves. */
    private static Message joinedBySemicolons(List<Message> items) {
        Message joined = items.get(0);
        for (Message next : items.subList(1, items.size())) {
            joined = Message.of("round.list.semicolon", joined, next);
        }
        return joined;
    }

    private FundingRound transition(FundingRound round, Status to) {
        round.status = to;
        audit.record(ENTITY_TYPE, round.id, Action.ACTION, List.of("status"));
        outbox.publish(
                switch (to) {
                    case OPEN -> ChangeType.ROUND_OPENED;
                    case IN_REVIEW -> ChangeType.ROUND_REVIEW_STARTED;
                    case DECIDED -> ChangeType.ROUND_DECIDED;
                    case RUNNING -> ChangeType.ROUND_STARTED;
                    case CLOSED -> ChangeType.ROUND_CLOSED;
                    case DRAFT -> throw new IllegalStateException("A round never returns to DRAFT");
                },
                round.id,
                round);
        return round;
    }

    private static void validate(RoundData data, UUID roundId) {
        List<FieldViolation> violations = new ArrayList<>();
        if (Program.findById(data.programId()) == null) {
            violations.add(new FieldViolation("programId", "round.field.programUnknown"));
        }
        if (data.title().isBlank()) {
            violations.add(new FieldViolation("title", "common.field.blank"));
        }
        if (data.opensAt() != null && data.closesAt() != null && !data.opensAt().isBefore(data.closesAt())) {
            violations.add(new FieldViolation("applicationWindow.closesAt", "round.field.closesBeforeOpens"));
        }
        if (data.capPerSiteCents() > data.totalBudgetCents()) {
            violations.add(new FieldViolation("capPerSiteCents", "round.field.capOverBudget"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < data.criteria().size(); i++) {
            if (!keys.add(data.criteria().get(i).key)) {
                violations.add(new FieldViolation("criteria[" + i + "].key", "round.field.duplicate"));
            }
        }
        Set<String> regions = new HashSet<>();
        for (int i = 0; i < data.quotas().size(); i++) {
            if (!regions.add(data.quotas().get(i).regionKey)) {
                violations.add(new FieldViolation("quotas[" + i + "].regionKey", "round.field.duplicate"));
            }
        }
        int quotaSites = data.quotas().stream().mapToInt(q -> q.minSites).sum();
        if (quotaSites > data.targetSites()) {
            violations.add(
                    new FieldViolation("quotas", "round.field.quotasOverTarget", quotaSites, data.targetSites()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        boolean numberTaken = FundingRound.count(
                        "programId = ?1 and number = ?2" + (roundId == null ? "" : " and id <> ?3"),
                        roundId == null
                                ? new Object[] {data.programId(), data.number()}
                                : new Object[] {data.programId(), data.number(), roundId})
                > 0;
        if (numberTaken) {
            throw ProblemException.conflict("round.numberTaken", data.number());
        }
    }

    private static FieldChanges apply(FundingRound r, RoundData d) {
        String kinds =
                d.eligibleKinds().stream().distinct().map(Enum::name).sorted().collect(Collectors.joining(","));
        return new FieldChanges()
                .set("programId", r.programId, d.programId(), v -> r.programId = v)
                .set("number", r.number, d.number(), v -> r.number = v)
                .set("title", r.title, d.title().strip(), v -> r.title = v)
                .set(
                        "callText",
                        r.callText,
                        d.callText() == null || d.callText().isBlank()
                                ? null
                                : d.callText().strip(),
                        v -> r.callText = v)
                .set("applicationWindow.opensAt", r.windowOpensAt, d.opensAt(), v -> r.windowOpensAt = v)
                .set("applicationWindow.closesAt", r.windowClosesAt, d.closesAt(), v -> r.windowClosesAt = v)
                .set("capPerSiteCents", r.capPerSiteCents, d.capPerSiteCents(), v -> r.capPerSiteCents = v)
                .set("totalBudgetCents", r.totalBudgetCents, d.totalBudgetCents(), v -> r.totalBudgetCents = v)
                .set("targetSites", r.targetSites, d.targetSites(), v -> r.targetSites = v)
                .set("eligibleApplicantKinds", r.eligibleKinds, kinds, v -> r.eligibleKinds = v)
                .set("scoreScaleMax", r.scoreScaleMax, d.scoreScaleMax(), v -> r.scoreScaleMax = v)
                .set("criteria", List.copyOf(r.criteria), d.criteria(), v -> {
                    r.criteria.clear();
                    r.criteria.addAll(v);
                })
                .set("quotas", List.copyOf(r.quotas), d.quotas(), v -> {
                    r.quotas.clear();
                    r.quotas.addAll(v);
                });
    }
}
