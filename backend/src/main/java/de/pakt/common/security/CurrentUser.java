package de.pakt.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: token subject, roles and, for a municipality, the official key of its body. */
@RequestScoped
public class CurrentUser {

    /** Token claim that carries the AGS/ARS of a municipality user's body. */
    public static final String MUNICIPALITY_KEY_CLAIM = "municipality_key";

    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Token subject (a stable id, never a name or e-mail address), or "anonymous". */
    public String subject() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    /**
     * The e-mail address in the token, only if the identity provider verified it ({@code email_verified}); an
     * unverified claim is whatever the user typed at sign-up and never identifies anybody.
     */
    public Optional<String> verifiedEmail() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt
                && Boolean.parseBoolean(String.valueOf(jwt.<Object>getClaim("email_verified")))) {
            return Optional.ofNullable(jwt.<Object>getClaim("email")).map(Object::toString);
        }
        return Optional.empty();
    }

    /** An integration client (a system with client credentials), confined to the scopes of its token. */
    public boolean isIntegrationClient() {
        return identity.hasRole(Roles.INTEGRATION_CLIENT);
    }

    /** The OAuth scopes of the token ({@code scope} claim, space-separated); empty without a token. */
    public Set<String> scopes() {
        return scopesOf(identity);
    }

    public static Set<String> scopesOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.<Object>getClaim("scope") != null) {
            return new TreeSet<>(java.util.Arrays.asList(
                    jwt.<Object>getClaim("scope").toString().strip().split("\\s+")));
        }
        return Set.of();
    }

    public Optional<String> municipalityKey() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.<Object>getClaim(MUNICIPALITY_KEY_CLAIM))
                    .map(Object::toString);
        }
        return Optional.empty();
    }
}
