package de.pakt.selection.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.application.Application;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound;
import de.pakt.round.RoundQuota;
import de.pakt.round.service.RoundService;
import de.pakt.selection.SelectionDecision;
import de.pakt.selection.SelectionDecision.Entry;
import de.pakt.selection.SelectionDecision.Outcome;
import de.pakt.selection.SelectionDecision.Status;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Selection decisions: drafts are edited freely; finalising checks completeness (never overridable) and the
 * round's constraints (overridable with a recorded justification), then sets the applications' outcomes, creates
 * or corrects the sites, supersedes the previous final revision and moves the round to DECIDED.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    public static final String ENTITY_TYPE = "decision";

    public record DecisionData(
            LocalDate meetingDate,
            List<String> membersPresent,
            String rationale,
            String overrideJustification,
            List<Entry> entries) {}

    /** Completeness problems block finalising; constraint violations can be overridden. */
    public record Check(List<Message> incomplete, List<Message> violations) {}

    static final List<Application.Status> DECIDABLE = List.of(
            Application.Status.SUBMITTED,
            Application.Status.SELECTED,
            Application.Status.WAITLISTED,
            Application.Status.REJECTED);

    @Inject
    RoundService rounds;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SelectionDecision> list(UUID roundId) {
        rounds.require(roundId, true);
        return SelectionDecision.list("roundId = ?1 order by revision desc", roundId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelectionDecision require(UUID id) {
        return SelectionDecision.<SelectionDecision>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("selection.noun.decision", id));
    }

    public SelectionDecision create(UUID roundId, DecisionData data) {
        FundingRound round = rounds.require(roundId, true);
        if (round.status != FundingRound.Status.IN_REVIEW
                && round.status != FundingRound.Status.DECIDED
                && round.status != FundingRound.Status.RUNNING) {
            throw ProblemException.conflict("selection.decision.notYet", round.status);
        }
        SelectionDecision draft = SelectionDecision.find("roundId = ?1 and status = ?2", roundId, Status.DRAFT)
                .firstResult();
        if (draft != null) {
            throw ProblemException.conflict("selection.decision.draftExists", draft.revision);
        }
        validate(round, data);
        Integer last = SelectionDecision.find(
                        "select max(d.revision) from SelectionDecision d where d.roundId = ?1", roundId)
                .project(Integer.class)
                .firstResult();
        SelectionDecision decision = new SelectionDecision();
        decision.id = UUID.randomUUID();
        decision.roundId = roundId;
        decision.revision = last == null ? 1 : last + 1;
        decision.status = Status.DRAFT;
        apply(decision, data);
        decision.persist();
        audit.record(
                ENTITY_TYPE,
                decision.id,
                Action.CREATE,
                List.of("meetingDate", "membersPresent", "rationale", "entries"));
        return decision;
    }

    public SelectionDecision update(UUID id, String ifMatch, DecisionData data) {
        SelectionDecision decision = require(id);
        ETags.requireMatch(ifMatch, decision.version);
        requireDraft(decision);
        validate(rounds.require(decision.roundId, true), data);
        apply(decision, data);
        audit.record(
                ENTITY_TYPE,
                decision.id,
                Action.UPDATE,
                List.of("meetingDate", "membersPresent", "rationale", "overrideJustification", "entries"));
        SelectionDecision.getEntityManager().flush();
        return decision;
    }

    public SelectionDecision finalise(UUID id, String ifMatch) {
        SelectionDecision decision = require(id);
        ETags.requireMatch(ifMatch, decision.version);
        requireDraft(decision);
        FundingRound round = rounds.require(decision.roundId, true);
        if (round.status != FundingRound.Status.IN_REVIEW
                && round.status != FundingRound.Status.DECIDED
                && round.status != FundingRound.Status.RUNNING) {
            throw ProblemException.conflict("selection.decision.roundStatus", round.status);
        }
        Check check = check(decision, round);
        if (!check.incomplete().isEmpty()) {
            throw ProblemException.conflict("selection.decision.incomplete", joinedBySemicolons(check.incomplete()));
        }
        boolean justified = decision.overrideJustification != null && !decision.overrideJustification.isBlank();
        if (!check.violations().isEmpty() && !justified) {
            throw ProblemException.conflict(
                    "selection.decision.violatesConstraints", joinedBySemicolons(check.violations()));
        }
        Instant now = Instant.now();
        // A bulk update skips the entity callbacks, so it stamps updatedAt itself.
        SelectionDecision.update(
                "status = ?1, updatedAt = ?2 where roundId = ?3 and status = ?4",
                Status.SUPERSEDED,
                now,
                round.id,
                Status.FINAL);
        decision.status = Status.FINAL;
        // Stored as the record of the finalisation, in German (the language of the programme's files).
        decision.violations = check.violations().isEmpty()
                ? null
                : check.violations().stream().map(Messages::german).collect(Collectors.joining("\n"));
        decision.finalisedAt = now;
        decision.finalisedBy = user.subject();
        applyOutcomes(decision, round);
        if (round.status == FundingRound.Status.IN_REVIEW) {
            round.status = FundingRound.Status.DECIDED;
            audit.record(RoundService.ENTITY_TYPE, round.id, Action.ACTION, List.of("status"));
            outbox.publish(ChangeType.ROUND_DECIDED, round.id, round);
        }
        audit.record(ENTITY_TYPE, decision.id, Action.ACTION, List.of("status", "violations", "finalisedAt"));
        outbox.publish(ChangeType.DECISION_FINALISED, decision.id, decision);
        return decision;
    }

    /** Completeness and constraints of a decision against the round, as they are now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Check check(SelectionDecision decision, FundingRound round) {
        // All of the round's applications, not only the decidable ones: an entry may name one withdrawn since.
        List<Application> all = Application.list("roundId", round.id);
        Map<UUID, Application> everyone = all.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Application> decidable =
                all.stream().filter(a -> DECIDABLE.contains(a.status)).toList();
        Map<UUID, Application> byId = decidable.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<String, String> names =
                AdministrativeArea.findByKeys(
                                all.stream().map(a -> a.applicantKey).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.key, a -> a.name));
        Function<UUID, String> name = appId -> everyone.containsKey(appId)
                ? names.getOrDefault(everyone.get(appId).applicantKey, "?")
                : appId.toString();

        List<Message> incomplete = new ArrayList<>();
        Set<UUID> decided = decision.entries.stream().map(e -> e.applicationId).collect(Collectors.toSet());
        List<String> undecided = decidable.stream()
                .filter(a -> !decided.contains(a.id))
                .map(a -> names.get(a.applicantKey))
                .sorted()
                .toList();
        if (!undecided.isEmpty()) {
            incomplete.add(Message.of("selection.check.undecided", undecided));
        }
        List<Message> violations = new ArrayList<>();
        long granted = 0;
        int selected = 0;
        Map<String, Integer> perRegion = new HashMap<>();
        List<Integer> waitlist = new ArrayList<>();
        for (Entry e : decision.entries) {
            if (!byId.containsKey(e.applicationId)) {
                // Withdrawn after the draft was saved: the entry must go before the decision can be final.
                incomplete.add(Message.of("selection.check.noLongerDecidable", name.apply(e.applicationId)));
                continue;
            }
            switch (e.outcome) {
                case SELECTED -> {
                    selected++;
                    if (e.grantedCents == null) {
                        incomplete.add(Message.of("selection.check.noGrant", name.apply(e.applicationId)));
                    } else {
                        granted += e.grantedCents;
                        if (e.grantedCents > round.capPerSiteCents) {
                            violations.add(Message.of("selection.check.grantOverCap", name.apply(e.applicationId)));
                        }
                    }
                    perRegion.merge(byId.get(e.applicationId).regionKey, 1, Integer::sum);
                }
                case WAITLISTED -> {
                    if (e.waitlistRank == null) {
                        incomplete.add(Message.of("selection.check.noWaitlistRank", name.apply(e.applicationId)));
                    } else {
                        waitlist.add(e.waitlistRank);
                    }
                }
                case REJECTED -> {
                    if (e.reason == null || e.reason.isBlank()) {
                        incomplete.add(Message.of("selection.check.noRejectionReason", name.apply(e.applicationId)));
                    }
                }
            }
        }
        if (selected > round.targetSites) {
            violations.add(Message.of("selection.check.overTarget", selected, round.targetSites));
        }
        if (granted > round.totalBudgetCents) {
            violations.add(Message.of(
                    "selection.check.overBudget",
                    new Message.Euros(granted),
                    new Message.Euros(round.totalBudgetCents)));
        }
        Map<String, String> regionNames = AdministrativeArea.regionNames();
        for (RoundQuota q : round.quotas) {
            int in = perRegion.getOrDefault(q.regionKey, 0);
            if (in < q.minSites) {
                String region = regionNames.getOrDefault(q.regionKey, q.regionKey);
                violations.add(
                        q.minSites == 1
                                ? Message.of("selection.check.quotaShortOne", region, in)
                                : Message.of("selection.check.quotaShortMany", region, in, q.minSites));
            }
        }
        List<Integer> sortedWaitlist = waitlist.stream().sorted().toList();
        for (int i = 0; i < sortedWaitlist.size(); i++) {
            if (sortedWaitlist.get(i) != i + 1) {
                violations.add(Message.of("selection.check.waitlistRanks", sortedWaitlist.size()));
                break;
            }
        }
        return new Check(incomplete, violations);
    }

    private void applyOutcomes(SelectionDecision decision, FundingRound round) {
        Map<UUID, Application> applications =
                Application.<Application>list("roundId = ?1 and status in ?2", round.id, DECIDABLE).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, Site> sites = Site.<Site>list("roundId", round.id).stream()
                .collect(Collectors.toMap(s -> s.applicationId, Function.identity()));
        Set<UUID> selectedNow = new HashSet<>();
        for (Entry e : decision.entries) {
            Application a = applications.get(e.applicationId);
            Application.Status status = Enums.convert(e.outcome, Application.Status.class);
            if (a.status != status) {
                a.status = status;
                audit.record("application", a.id, Action.ACTION, List.of("status"));
                outbox.publish(ChangeType.APPLICATION_DECIDED, a.id, a);
            }
            if (e.outcome == Outcome.SELECTED) {
                selectedNow.add(a.id);
                Site site = sites.get(a.id);
                if (site == null) {
                    site = new Site();
                    site.id = UUID.randomUUID();
                    site.roundId = round.id;
                    site.applicationId = a.id;
                    site.applicantKey = a.applicantKey;
                    site.regionKey = a.regionKey;
                    site.status = Site.Status.ONBOARDING;
                    site.grantedCents = e.grantedCents;
                    site.persist();
                    audit.record("site", site.id, Action.CREATE, List.of("grantedCents", "status"));
                    outbox.publish(ChangeType.SITE_CREATED, site.id, site);
                } else {
                    Site selected = site;
                    FieldChanges changes = new FieldChanges()
                            .set("grantedCents", site.grantedCents, e.grantedCents, v -> selected.grantedCents = v);
                    if (site.status == Site.Status.DISCONTINUED) {
                        changes.set("status", site.status, Site.Status.ONBOARDING, v -> selected.status = v);
                        site.statusReason = null;
                    }
                    // Selected again on the same terms: the site did not change, nothing to audit or announce.
                    if (!changes.isEmpty()) {
                        audit.record("site", site.id, Action.UPDATE, changes.names());
                        outbox.publish(ChangeType.SITE_CHANGED, site.id, site);
                    }
                }
            }
        }
        for (Site site : sites.values()) {
            if (!selectedNow.contains(site.applicationId) && site.status != Site.Status.DISCONTINUED) {
                site.status = Site.Status.DISCONTINUED;
                site.statusReason = "Korrektur der Auswahlentscheidung (Revision " + decision.revision + ").";
                audit.record("site", site.id, Action.ACTION, List.of("status", "statusReason"));
                outbox.publish(ChangeType.SITE_CHANGED, site.id, site);
            }
        }
    }

    /** "a; b; c" — the items of a list that contain commas themselves. */
    private static Message joinedBySemicolons(List<Message> items) {
        Message joined = items.get(0);
        for (Message next : items.subList(1, items.size())) {
            joined = Message.of("selection.list.semicolon", joined, next);
        }
        return joined;
    }

    private static void requireDraft(SelectionDecision decision) {
        if (decision.status != Status.DRAFT) {
            throw ProblemException.conflict("selection.decision.notDraft", decision.revision, decision.status);
        }
    }

    private static void validate(FundingRound round, DecisionData data) {
        Set<UUID> decidable =
                Application.<Application>list("roundId = ?1 and status in ?2", round.id, DECIDABLE).stream()
                        .map(a -> a.id)
                        .collect(Collectors.toSet());
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < data.entries().size(); i++) {
            UUID appId = data.entries().get(i).applicationId;
            if (!decidable.contains(appId)) {
                violations.add(new FieldViolation("entries[" + i + "].applicationId", "selection.field.notDecidable"));
            } else if (!seen.add(appId)) {
                violations.add(new FieldViolation("entries[" + i + "].applicationId", "selection.field.duplicate"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
    }

    private static void apply(SelectionDecision d, DecisionData data) {
        d.meetingDate = data.meetingDate();
        d.membersPresent.clear();
        d.membersPresent.addAll(data.membersPresent().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
        d.rationale = blankToNull(data.rationale());
        d.overrideJustification = blankToNull(data.overrideJustification());
        d.entries.clear();
        d.entries.addAll(data.entries());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
