package de.pakt.site.service;

import java.util.List;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.web.ETags;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.site.Site;
import de.pakt.site.Site.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The life cycle of a site: ONBOARDING → ACTIVE → COMPLETED, or DISCONTINUED with a reason. */
@ApplicationScoped
@Transactional
public class SiteService {

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    public Site activate(UUID id, String ifMatch) {
        Site site = require(id, ifMatch);
        requireStatus(site, "site.status.notActivatable", Status.ONBOARDING);
        if (site.leadFacilitatorId == null) {
            throw ProblemException.conflict("site.activate.noLead");
        }
        return transition(site, Status.ACTIVE, null);
    }

    public Site complete(UUID id, String ifMatch) {
        Site site = require(id, ifMatch);
        requireStatus(site, "site.status.notCompletable", Status.ACTIVE);
        return transition(site, Status.COMPLETED, null);
    }

    public Site discontinue(UUID id, String ifMatch, String reason) {
        Site site = require(id, ifMatch);
        requireStatus(site, "site.status.notDiscontinuable", Status.ONBOARDING, Status.ACTIVE);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "common.field.blank");
        }
        return transition(site, Status.DISCONTINUED, reason.strip());
    }

    private static Site require(UUID id, String ifMatch) {
        Site site = Site.<Site>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("site.noun.site", id));
        ETags.requireMatch(ifMatch, site.version);
        return site;
    }

    /** {@code refusalKey} names the step: its text takes the site's status. */
    private static void requireStatus(Site site, String refusalKey, Status... allowed) {
        if (!List.of(allowed).contains(site.status)) {
            throw ProblemException.conflict(refusalKey, site.status);
        }
    }

    private Site transition(Site site, Status to, String reason) {
        site.status = to;
        site.statusReason = reason;
        audit.record(
                "site", site.id, Action.ACTION, reason == null ? List.of("status") : List.of("status", "statusReason"));
        outbox.publish(ChangeType.SITE_CHANGED, site.id, site);
        return site;
    }
}
