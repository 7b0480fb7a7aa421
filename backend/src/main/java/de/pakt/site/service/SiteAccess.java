package de.pakt.site.service;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.facilitator.Facilitator;
import de.pakt.site.Site;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Object-level access to a site's inner workings (facilitation, roadmap): the programme office and the
 * steering group see every site, a facilitator only the sites they lead or co-facilitate (linked by the token's subject), a municipality only its own. Anything else is 404, so ids cannot be probed.
 */
@ApplicationScoped
public class SiteAccess {

    @Inject
    CurrentUser user;

    /** The sites the calling facilitator leads or co-facilitates (linked by the token's subject); two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> facilitatedSiteIds() {
        List<UUID> mine = user.hasRole(Roles.FACILITATOR) ? facilitatorIds() : List.of();
        if (mine.isEmpty()) {
            return Set.of();
        }
        Set<UUID> sites = new HashSet<>();
        Site.<Site>list("leadFacilitatorId in ?1 or coFacilitatorId in ?1", mine)
                .forEach(s -> sites.add(s.id));
        return sites;
    }

    /**
     * The pool entry of the calling facilitator, linked by the token's subject. A login not linked yet whose verified
     * e-mail address matches an unlinked pool entry is linked now (once: the update only takes an unlinked row).
     */
    private List<UUID> facilitatorIds() {
        String subject = user.subject();
        List<UUID> linked = Facilitator.<Facilitator>list("accountSubject = ?1", subject).stream()
                .map(f -> f.id)
                .toList();
        if (!linked.isEmpty()) {
            return linked;
        }
        return user.verifiedEmail()
                .map(email -> QuarkusTransaction.requiringNew().call(() -> {
                    int taken = Facilitator.update(
                            "accountSubject = ?1 where lower(email) = ?2 and accountSubject is null",
                            subject,
                            email.toLowerCase(Locale.ROOT));
                    return taken == 0
                            ? List.<UUID>of()
                            : Facilitator.<Facilitator>list("accountSubject = ?1", subject).stream()
                                    .map(f -> f.id)
                                    .toList();
                }))
                .orElse(List.of());
    }

    public boolean isProgramOffice() {
        return user.hasRole(Roles.PROGRAM_OFFICE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site requireVisible(UUID siteId) {
        Site site =
                Site.<Site>findByIdOptional(siteId).orElseThrow(() -> ProblemException.notFound("Standort", siteId));
        if (user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)) {
            return site;
        }
        if (user.hasRole(Roles.MUNICIPALITY)
                && user.municipalityKey().map(site.applicantKey::equals).orElse(false)) {
            return site;
        }
        if (user.hasRole(Roles.FACILITATOR)) {
            // A HashSet: a site without co-facilitator has null there, which List.of() refuses to look up.
            Set<UUID> mine = new HashSet<>(facilitatorIds());
            if (mine.contains(site.leadFacilitatorId) || mine.contains(site.coFacilitatorId)) {
                return site;
            }
        }
        throw ProblemException.notFound("Standort", siteId);
    }
}
