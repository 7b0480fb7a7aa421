package de.pakt.facilitator.service;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.pakt.common.security.CurrentUser;
import de.pakt.facilitator.Facilitator;
import de.pakt.site.service.FacilitatorLogins;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Links a facilitator's login to the pool by the token's subject. A login not linked yet whose verified e-mail address
 * matches an unlinked pool entry is linked on first use, once: the update only takes a row nobody has taken.
 */
@ApplicationScoped
public class FacilitatorAccounts implements FacilitatorLogins {

    @Inject
    CurrentUser user;

    @Override
    public List<UUID> callerFacilitatorIds() {
        String subject = user.subject();
        List<UUID> linked = linkedTo(subject);
        if (!linked.isEmpty()) {
            return linked;
        }
        // Asked on every request of a facilitator: only a login that has an unlinked pool entry waiting pays for a
        // write.
        return user.verifiedEmail()
                .map(email -> email.toLowerCase(Locale.ROOT))
                .filter(email -> Facilitator.count("lower(email) = ?1 and accountSubject is null", email) > 0)
                .map(email -> QuarkusTransaction.requiringNew().call(() -> {
                    int taken = Facilitator.update(
                            "accountSubject = ?1 where lower(email) = ?2 and accountSubject is null", subject, email);
                    return taken == 0 ? List.<UUID>of() : linkedTo(subject);
                }))
                .orElse(List.of());
    }

    private static List<UUID> linkedTo(String subject) {
        return Facilitator.<Facilitator>list("accountSubject = ?1", subject).stream()
                .map(f -> f.id)
                .toList();
    }
}
