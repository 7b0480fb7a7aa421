package de.pakt.site.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Object-level access to a site's inner workings (facilitation, roadmap): the programme office and the
 * steering group see every site, a facilitator only the sites they lead or co-facilitate (their login's pool
 * entries come from {@link FacilitatorLogins}), a municipality only its own. Anything else is 404, so ids cannot be
 * probed.
 */
@ApplicationScoped
public class SiteAccess {

    @Inject
    CurrentUser user;

    @Inject
    FacilitatorLogins logins;

    /** The sites the calling facilitator leads or co-facilitates (linked by the token's subject); two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> facilitatedSiteIds() {
        List<UUID> mine = user.hasRole(Roles.FACILITATOR) ? logins.callerFacilitatorIds() : List.of();
        if (mine.isEmpty()) {
            return Set.of();
        }
        Set<UUID> sites = new HashSet<>();
        Site.<Site>list("leadFacilitatorId in ?1 or coFacilitatorId in ?1", mine)
                .forEach(s -> sites.add(s.id));
        return sites;
    }

    public boolean isProgramOffice() {
        return user.hasRole(Roles.PROGRAM_OFFICE);
    }

    /**
     * For reading a site's programme data (its roadmap): whoever may work on it, and integration clients, which reach
     * the operations that call this only with the scope for programme data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Site requireReadable(UUID siteId) {
        if (user.hasRole(Roles.INTEGRATION_CLIENT)) {
            return Site.<Site>findByIdOptional(siteId)
                    .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        }
        return requireVisible(siteId);
    }

    /** For working on a site: the programme office and the steering group, its municipality and its facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Site requireVisible(UUID siteId) {
        Site site = Site.<Site>findByIdOptional(siteId)
                .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        if (user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)) {
            return site;
        }
        if (user.hasRole(Roles.MUNICIPALITY)
                && user.municipalityKey().map(site.applicantKey::equals).orElse(false)) {
            return site;
        }
        if (user.hasRole(Roles.FACILITATOR)) {
            // A HashSet: a site without co-facilitator has null there, which List.of() refuses to look up.
            Set<UUID> mine = new HashSet<>(logins.callerFacilitatorIds());
            if (mine.contains(site.leadFacilitatorId) || mine.contains(site.coFacilitatorId)) {
                return site;
            }
        }
        throw ProblemException.notFound("site.noun.site", siteId);
    }
}
