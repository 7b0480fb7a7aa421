package de.pakt.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real signed access tokens shaped like the Pakt realm's (realm roles, audience pakt-api, municipality key). */
public final class Tokens {

    /** Issuer the WireMock OIDC server announces. */
    private static final String ISSUER = "https://server.example.com";

    private Tokens() {}

    /** An integration client's token with exactly these scopes (client credentials of the Pakt realm). */
    public static String integration(String... scopes) {
        return integrationAs("integration", scopes);
    }

    /** Another integration client (its own subject, derived from {@code client}) with these scopes. */
    public static String integrationAs(String client, String... scopes) {
        return claims(
                        Roles.INTEGRATION_CLIENT,
                        UUID.nameUUIDFromBytes(client.getBytes()).toString(),
                        null,
                        "pakt-api")
                .claim("scope", String.join(" ", scopes))
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** For integration clients: a token with every scope (see {@link #integration} for fewer). */
    public static String forRole(String role) {
        if (role.equals(Roles.INTEGRATION_CLIENT)) {
            return integration(Scopes.ALL.toArray(String[]::new));
        }
        return build(role, UUID.nameUUIDFromBytes(role.getBytes()).toString(), null, "pakt-api");
    }

    /** A token of a distinct person with the given role (e.g. one of several steering-group members). */
    public static String forSubject(String role, String subject) {
        return build(role, UUID.nameUUIDFromBytes(subject.getBytes()).toString(), null, "pakt-api");
    }

    /** A facilitator's token with a verified e-mail address: the first call links it to the pool entry with that address. */
    public static String facilitator(String email) {
        return facilitatorLogin(email, email, true);
    }

    /**
     * A facilitator's login of its own (subject derived from {@code subjectSeed}) with an e-mail claim the identity
     * provider did or did not verify; an unverified one must never link to anybody.
     */
    public static String facilitatorLogin(String subjectSeed, String email, boolean verified) {
        return claims(
                        "facilitator",
                        UUID.nameUUIDFromBytes(subjectSeed.getBytes()).toString(),
                        null,
                        "pakt-api")
                .claim("email", email)
                .claim("email_verified", verified)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /**
     * A person of any role with a verified e-mail address (a municipality's with {@code municipalityKey}, else null),
     * their subject derived from {@code subjectSeed}.
     */
    public static String person(String role, String subjectSeed, String email, String municipalityKey) {
        return claims(role, UUID.nameUUIDFromBytes(subjectSeed.getBytes()).toString(), municipalityKey, "pakt-api")
                .claim("email", email)
                .claim("email_verified", true)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A person with exactly this subject (another identity provider's, not a UUID) and a verified e-mail address. */
    public static String personWithSubject(String role, String subject, String email) {
        return claims(role, subject, null, "pakt-api")
                .claim("email", email)
                .claim("email_verified", true)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A facilitator's token with exactly this subject and no e-mail address. */
    public static String facilitatorWithSubject(String subject) {
        return claims("facilitator", subject, null, "pakt-api").jws().keyId("1").sign("privateKey.jwk");
    }

    public static String municipality(String key) {
        return build("municipality", UUID.nameUUIDFromBytes(key.getBytes()).toString(), key, "pakt-api");
    }

    /** A token for another API: must be refused. */
    public static String wrongAudience(String role) {
        return build(role, UUID.randomUUID().toString(), null, "another-api");
    }

    public static String expired(String role) {
        JwtClaimsBuilder claims = claims(role, UUID.randomUUID().toString(), null, "pakt-api");
        return claims.issuedAt(1_600_000_000L)
                .expiresAt(1_600_000_300L)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** A valid token of this role that expires at this second (epoch seconds). */
    public static String expiringAt(String role, long expiresAt) {
        return claims(role, UUID.randomUUID().toString(), null, "pakt-api")
                .expiresAt(expiresAt)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    private static String build(String role, String subject, String municipalityKey, String audience) {
        return claims(role, subject, municipalityKey, audience).jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String role, String subject, String municipalityKey, String audience) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(audience)
                .claim("preferred_username", "test-" + role)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(600);
        if (municipalityKey != null) {
            claims.claim("municipality_key", municipalityKey);
        }
        return claims;
    }
}
