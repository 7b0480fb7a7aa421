package de.pakt.notification.service;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.notification.NotificationCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A signed-in person's choices for the e-mails to their verified address. Stored by account, applied by address: the
 * planner looks them up for every e-mail to that address, whoever caused it.
 */
@ApplicationScoped
public class NotificationSettingsService {

    /** The caller's choices (defaults until first saved), their address and the version for If-Match (0: none yet). */
    public record Settings(
            String email,
            String language,
            Set<NotificationCategory> categories,
            Set<NotificationCategory> available,
            long version) {}

    @Inject
    CurrentUser user;

    @Inject
    NotificationQueries queries;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Settings mine() {
        String email = address();
        return queries.preference(user.subject())
                .map(p -> new Settings(email, p.language(), categories(p), available(), p.version()))
                .orElseGet(() -> new Settings(email, "de", NotificationCategory.defaults(), available(), 0));
    }

    @Transactional
    public Settings save(String ifMatch, String language, Set<NotificationCategory> chosen) {
        String email = address();
        Settings current = mine();
        ETags.requireMatch(ifMatch, current.version());
        Set<NotificationCategory> refused = EnumSet.noneOf(NotificationCategory.class);
        refused.addAll(chosen);
        refused.removeAll(available());
        if (!refused.isEmpty()) {
            throw ProblemException.invalid("categories", "notification.categoryNotForYou", refused);
        }
        if (!queries.savePreference(
                user.subject(), email, language, chosen, user.hasRole(Roles.PROGRAM_OFFICE), current.version())) {
            // Saved by a second tab between our read and our write.
            ETags.requireMatch(ifMatch, current.version() + 1);
        }
        audit.record("notification-settings", user.subject(), Action.UPDATE, List.of("language", "categories"));
        return mine();
    }

    /** Only an address the identity provider verified receives e-mails (anyone can type any address at sign-up). */
    private String address() {
        return user.verifiedEmail().orElseThrow(() -> ProblemException.conflict("notification.noVerifiedEmail"));
    }

    private Set<NotificationCategory> available() {
        Set<NotificationCategory> available = new LinkedHashSet<>(NotificationCategory.defaults());
        if (user.hasRole(Roles.PROGRAM_OFFICE)) {
            available.add(NotificationCategory.WEEKLY_DIGEST);
        }
        return available;
    }

    private static Set<NotificationCategory> categories(NotificationQueries.Preference p) {
        Set<NotificationCategory> categories = EnumSet.noneOf(NotificationCategory.class);
        for (String name : p.categories()) {
            categories.add(NotificationCategory.valueOf(name));
        }
        return categories;
    }
}
