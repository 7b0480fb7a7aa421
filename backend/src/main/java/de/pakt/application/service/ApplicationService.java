package de.pakt.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.application.Application.Status;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.common.web.InputRules;
import de.pakt.common.web.PageQuery;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.round.service.RoundService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Applications and their life cycle. Object-level access lives here: a municipality sees and touches only the
 * applications of the body in its token (anything else is 404, so ids cannot be probed); the programme office
 * and the steering group see every application once it was submitted.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    public static final String ENTITY_TYPE = "application";

    public record ApplicationData(
            List<String> partnerKeys,
            String contactName,
            String contactEmail,
            String contactPhone,
            String motivation,
            List<String> focusTopics,
            String existingStructures,
            long requestedCents) {}

    public record ApplicationSlice(List<Application> items, long totalItems) {}

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    RoundService rounds;

    /** An application the caller may see, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Application requireVisible(UUID id) {
        return Application.<Application>findByIdOptional(id)
                .filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("application.noun.application", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationSlice list(UUID roundId, Status status, PageQuery query) {
        rounds.require(roundId, seesAll());
        StringBuilder where = new StringBuilder("roundId = :roundId");
        Map<String, Object> params = new HashMap<>();
        params.put("roundId", roundId);
        if (user.hasRole(Roles.MUNICIPALITY) && !seesAll()) {
            where.append(" and applicantKey = :key");
            params.put("key", ownKey());
        } else {
            where.append(" and status <> :draft");
            params.put("draft", Status.DRAFT);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        PanacheQuery<Application> found = Application.find(
                        where.toString(), query.sort().and("id"), params)
                .page(query.panachePage());
        return new ApplicationSlice(found.list(), found.count());
    }

    public Application create(UUID roundId, ApplicationData data) {
        String key = ownKey();
        FundingRound round = rounds.require(roundId, false);
        if (round.status != FundingRound.Status.OPEN) {
            throw ProblemException.conflict("application.create.noCall", round.status);
        }
        AdministrativeArea applicant = AdministrativeArea.findById(key);
        ApplicantKind kind = ApplicantKind.of(applicant);
        if (!round.eligibleKindList().contains(kind)) {
            throw ProblemException.conflict("application.create.kindNotEligible", kind);
        }
        validate(data, round, key);
        if (Application.count("roundId = ?1 and applicantKey = ?2 and status <> ?3", roundId, key, Status.WITHDRAWN)
                > 0) {
            throw oneLiveApplication(applicant);
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.roundId = roundId;
        application.applicantKey = key;
        application.applicantKind = kind;
        application.regionKey = applicant.regionKey();
        application.status = Status.DRAFT;
        FieldChanges changes = apply(application, data);
        try {
            application.persistAndFlush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                throw oneLiveApplication(applicant); // a parallel request won the race
            }
            throw e;
        }
        audit.record(ENTITY_TYPE, application.id, Action.CREATE, changes.names());
        return application;
    }

    public Application update(UUID id, String ifMatch, ApplicationData data) {
        Application application = requireOwn(id);
        ETags.requireMatch(ifMatch, application.version);
        if (application.status != Status.DRAFT) {
            throw ProblemException.conflict("application.update.submitted");
        }
        FundingRound round = rounds.require(application.roundId, false);
        if (round.status != FundingRound.Status.OPEN) {
            throw ProblemException.conflict("application.update.callEnded");
        }
        validate(data, round, application.applicantKey);
        FieldChanges changes = apply(application, data);
        if (!changes.isEmpty()) {
            audit.record(ENTITY_TYPE, application.id, Action.UPDATE, changes.names());
        }
        Application.getEntityManager().flush();
        return application;
    }

    public Application submit(UUID id, String ifMatch) {
        Application application = requireOwn(id);
        ETags.requireMatch(ifMatch, application.version);
        if (application.status != Status.DRAFT) {
            throw ProblemException.conflict("application.submit.notDraft", application.status);
        }
        FundingRound round = rounds.require(application.roundId, false);
        Instant now = Instant.now();
        if (round.status != FundingRound.Status.OPEN || !round.windowContains(now)) {
            throw round.windowOpensAt == null || round.windowClosesAt == null
                    ? ProblemException.conflict("application.submit.outsideWindow")
                    : ProblemException.conflict(
                            "application.submit.outsideWindowFromTo", round.windowOpensAt, round.windowClosesAt);
        }
        List<FieldViolation> missing = new ArrayList<>();
        if (blank(application.contactName)) {
            missing.add(new FieldViolation("contactName", "application.field.requiredToSubmit"));
        }
        if (blank(application.contactEmail) && blank(application.contactPhone)) {
            missing.add(new FieldViolation("contactEmail", "application.field.contactRequiredToSubmit"));
        }
        if (blank(application.motivation)) {
            missing.add(new FieldViolation("motivation", "application.field.requiredToSubmit"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("application.submit.incomplete"), missing);
        }
        application.status = Status.SUBMITTED;
        application.submittedAt = now;
        audit.record(ENTITY_TYPE, application.id, Action.ACTION, List.of("status", "submittedAt"));
        outbox.publish(ChangeType.APPLICATION_SUBMITTED, application.id, application);
        return application;
    }

    public Application withdraw(UUID id, String ifMatch) {
        Application application = requireOwn(id);
        ETags.requireMatch(ifMatch, application.version);
        if (application.status != Status.DRAFT && application.status != Status.SUBMITTED) {
            throw ProblemException.conflict("application.withdraw.notPossible", application.status);
        }
        FundingRound round = rounds.require(application.roundId, false);
        if (round.status != FundingRound.Status.OPEN && round.status != FundingRound.Status.IN_REVIEW) {
            throw ProblemException.conflict("application.withdraw.roundDecided");
        }
        application.status = Status.WITHDRAWN;
        application.withdrawnAt = Instant.now();
        audit.record(ENTITY_TYPE, application.id, Action.ACTION, List.of("status", "withdrawnAt"));
        outbox.publish(ChangeType.APPLICATION_WITHDRAWN, application.id, application);
        return application;
    }

    private boolean visible(Application a) {
        if (seesAll()) {
            return a.status != Status.DRAFT;
        }
        return user.hasRole(Roles.MUNICIPALITY)
                && user.municipalityKey().map(a.applicantKey::equals).orElse(false);
    }

    /** The caller's own application, or 404 — also for the programme office: only the applicant writes. */
    private Application requireOwn(UUID id) {
        String key = ownKey();
        return Application.<Application>findByIdOptional(id)
                .filter(a -> a.applicantKey.equals(key))
                .orElseThrow(() -> ProblemException.notFound("application.noun.application", id));
    }

    private boolean seesAll() {
        return user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP);
    }

    private String ownKey() {
        String key = user.municipalityKey()
                .orElseThrow(() -> ProblemException.forbidden("application.account.noMunicipality"));
        if (AdministrativeArea.findById(key) == null) {
            throw ProblemException.forbidden("application.account.keyNotInRegistry", key);
        }
        return key;
    }

    private static void validate(ApplicationData data, FundingRound round, String applicantKey) {
        List<FieldViolation> violations = new ArrayList<>();
        if (data.requestedCents() > round.capPerSiteCents) {
            violations.add(new FieldViolation(
                    "requestedCents", "application.field.overCap", new Message.Euros(round.capPerSiteCents)));
        }
        if (!blank(data.contactEmail())
                && !InputRules.isEmail(data.contactEmail().strip())) {
            violations.add(new FieldViolation("contactEmail", "common.field.email"));
        }
        List<String> partners = data.partnerKeys();
        List<AdministrativeArea> found = AdministrativeArea.findByKeys(partners);
        for (int i = 0; i < partners.size(); i++) {
            String key = partners.get(i);
            if (key.equals(applicantKey)) {
                violations.add(new FieldViolation("partnerKeys[" + i + "]", "application.field.partnerIsApplicant"));
            } else if (found.stream().noneMatch(a -> a.key.equals(key))) {
                violations.add(new FieldViolation("partnerKeys[" + i + "]", "application.field.partnerNotInRegistry"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
    }

    private static ProblemException oneLiveApplication(AdministrativeArea applicant) {
        return ProblemException.conflict("application.create.alreadyApplied", applicant.name);
    }

    private static FieldChanges apply(Application a, ApplicationData d) {
        return new FieldChanges()
                .set(
                        "partnerKeys",
                        List.copyOf(a.partnerKeys),
                        List.copyOf(new LinkedHashSet<>(d.partnerKeys())),
                        v -> {
                            a.partnerKeys.clear();
                            a.partnerKeys.addAll(v);
                        })
                .set("contactName", a.contactName, trimmed(d.contactName()), v -> a.contactName = v)
                .set("contactEmail", a.contactEmail, trimmed(d.contactEmail()), v -> a.contactEmail = v)
                .set("contactPhone", a.contactPhone, trimmed(d.contactPhone()), v -> a.contactPhone = v)
                .set("motivation", a.motivation, trimmed(d.motivation()), v -> a.motivation = v)
                .set(
                        "focusTopics",
                        List.copyOf(a.focusTopics),
                        d.focusTopics().stream()
                                .map(String::strip)
                                .filter(t -> !t.isEmpty())
                                .toList(),
                        v -> {
                            a.focusTopics.clear();
                            a.focusTopics.addAll(v);
                        })
                .set(
                        "existingStructures",
                        a.existingStructures,
                        trimmed(d.existingStructures()),
                        v -> a.existingStructures = v)
                .set("requestedCents", a.requestedCents, d.requestedCents(), v -> a.requestedCents = v);
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
