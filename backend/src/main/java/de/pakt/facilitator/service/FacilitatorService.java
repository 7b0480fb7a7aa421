package de.pakt.facilitator.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.web.ETags;
import de.pakt.common.web.InputRules;
import de.pakt.facilitator.Facilitator;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The facilitator pool, workloads and the facilitation of each site; assignments respect each capacity. */
@ApplicationScoped
@Transactional
public class FacilitatorService {

    /** {@code accountSubject} null keeps the current link. */
    public record FacilitatorData(
            String name,
            String email,
            String phone,
            List<String> expertise,
            String homeRegionKey,
            int capacity,
            Long dayRateCents,
            String accountSubject) {}

    public record FacilitationData(UUID leadId, UUID coId, LocalDate kickoffDate, LocalDate finalPresentationDate) {}

    /** Sites that occupy a facilitator. */
    static final List<Site.Status> BUSY = List.of(Site.Status.ONBOARDING, Site.Status.ACTIVE);

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Facilitator> list() {
        return Facilitator.list("order by name, id");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Facilitator require(UUID id) {
        return Facilitator.<Facilitator>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("facilitator.noun.facilitator", id));
    }

    /** Busy sites per facilitator, lead or co, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> workload(Collection<UUID> facilitatorIds) {
        Map<UUID, Integer> load = new HashMap<>();
        if (facilitatorIds.isEmpty()) {
            return load;
        }
        List<Site> sites =
                Site.list("status in ?1 and (leadFacilitatorId in ?2 or coFacilitatorId in ?2)", BUSY, facilitatorIds);
        for (Site s : sites) {
            for (UUID f : new UUID[] {s.leadFacilitatorId, s.coFacilitatorId}) {
                if (f != null && facilitatorIds.contains(f)) {
                    load.merge(f, 1, Integer::sum);
                }
            }
        }
        return load;
    }

    public Facilitator create(FacilitatorData data) {
        requireEmailOrNone(data.email());
        Facilitator f = new Facilitator();
        f.id = UUID.randomUUID();
        FieldChanges changes = apply(f, data);
        f.persist();
        audit.record("facilitator", f.id, Action.CREATE, changes.names());
        return f;
    }

    public Facilitator update(UUID id, String ifMatch, FacilitatorData data) {
        requireEmailOrNone(data.email());
        Facilitator f = Facilitator.<Facilitator>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("facilitator.noun.facilitator", id));
        ETags.requireMatch(ifMatch, f.version);
        int busy = workload(List.of(id)).getOrDefault(id, 0);
        if (data.capacity() < busy) {
            throw ProblemException.conflict("facilitator.capacity.belowWorkload", f.name, busy);
        }
        FieldChanges changes = apply(f, data);
        if (!changes.isEmpty()) {
            audit.record("facilitator", f.id, Action.UPDATE, changes.names());
        }
        Facilitator.getEntityManager().flush();
        return f;
    }

    public Site assign(UUID siteId, String ifMatch, FacilitationData data) {
        Site site = Site.<Site>findByIdOptional(siteId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        ETags.requireMatch(ifMatch, site.version);
        if (data.coId() != null && data.leadId() == null) {
            throw ProblemException.invalid("leadFacilitatorId", "facilitator.assignment.coWithoutLead");
        }
        if (data.coId() != null && data.coId().equals(data.leadId())) {
            throw ProblemException.invalid("coFacilitatorId", "facilitator.assignment.coSameAsLead");
        }
        if (data.kickoffDate() != null
                && data.finalPresentationDate() != null
                && data.finalPresentationDate().isBefore(data.kickoffDate())) {
            throw ProblemException.invalid("finalPresentationDate", "facilitator.assignment.finalBeforeKickoff");
        }
        for (Slot slot :
                List.of(new Slot("leadFacilitatorId", data.leadId()), new Slot("coFacilitatorId", data.coId()))) {
            UUID id = slot.facilitatorId();
            if (id == null || id.equals(site.leadFacilitatorId) || id.equals(site.coFacilitatorId)) {
                continue; // no change for this person
            }
            // Lock the facilitator, so that two parallel assignments cannot both take the last free place.
            Facilitator f = Facilitator.<Facilitator>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.invalid(slot.field(), "facilitator.assignment.unknown"));
            int busy = workload(List.of(id)).getOrDefault(id, 0);
            if (BUSY.contains(site.status) && busy + 1 > f.capacity) {
                throw ProblemException.conflict("facilitator.capacity.exceeded", f.name, busy, f.capacity);
            }
        }
        FieldChanges changes = new FieldChanges()
                .set("leadFacilitatorId", site.leadFacilitatorId, data.leadId(), v -> site.leadFacilitatorId = v)
                .set("coFacilitatorId", site.coFacilitatorId, data.coId(), v -> site.coFacilitatorId = v)
                .set("kickoffDate", site.kickoffDate, data.kickoffDate(), v -> site.kickoffDate = v)
                .set(
                        "finalPresentationDate",
                        site.finalPresentationDate,
                        data.finalPresentationDate(),
                        v -> site.finalPresentationDate = v);
        if (!changes.isEmpty()) {
            audit.record("site", site.id, Action.UPDATE, changes.names());
            outbox.publish(ChangeType.SITE_CHANGED, site.id, site);
        }
        Site.getEntityManager().flush();
        return site;
    }

    /** A place on a site (lead or co) and who is to take it. */
    private record Slot(String field, UUID facilitatorId) {}

    private static FieldChanges apply(Facilitator f, FacilitatorData d) {
        return new FieldChanges()
                .set("name", f.name, d.name().strip(), v -> f.name = v)
                .set(
                        "email",
                        f.email,
                        d.email() == null || d.email().isBlank()
                                ? null
                                : d.email().strip(),
                        v -> f.email = v)
                .set(
                        "phone",
                        f.phone,
                        d.phone() == null || d.phone().isBlank()
                                ? null
                                : d.phone().strip(),
                        v -> f.phone = v)
                .set(
                        "expertise",
                        List.copyOf(f.expertise),
                        d.expertise().stream()
                                .map(String::strip)
                                .filter(e -> !e.isEmpty())
                                .toList(),
                        v -> {
                            f.expertise.clear();
                            f.expertise.addAll(v);
                        })
                .set("homeRegionKey", f.homeRegionKey, d.homeRegionKey(), v -> f.homeRegionKey = v)
                .set("capacity", f.capacity, d.capacity(), v -> f.capacity = v)
                .set("dayRateCents", f.dayRateCents, d.dayRateCents(), v -> f.dayRateCents = v)
                .set(
                        "accountSubject",
                        f.accountSubject,
                        d.accountSubject() == null || d.accountSubject().isBlank()
                                ? f.accountSubject
                                : d.accountSubject().strip(),
                        v -> f.accountSubject = v);
    }

    private static void requireEmailOrNone(String email) {
        if (email != null && !email.isBlank() && !InputRules.isEmail(email.strip())) {
            throw ProblemException.invalid("email", "common.field.email");
        }
    }
}
