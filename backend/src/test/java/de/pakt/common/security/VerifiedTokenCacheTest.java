package de.pakt.common.security;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the verified-token cache (ADR 0020) on a clock the test moves: how long an entry is taken on trust,
 * that only the very same token finds it, and that it keeps nothing of the request it came with. {@code
 * TokenCacheTest} checks the same through the API with real signed tokens.
 */
class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private Instant now = START;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofSeconds(60), 100, registry, () -> now);

    @Test
    void aVerifiedTokenIsTakenOnTrustForTheTimeToLiveAtMost() {
        verified("token-a", START.plusSeconds(3600));

        now = START.plusSeconds(59);
        assertThat(cache.find("token-a", null, null)).isPresent();
        now = START.plusSeconds(60);
        assertThat(cache.find("token-a", null, null)).isEmpty();
    }

    @Test
    void neverBeyondTheTokensOwnExpiry() {
        verified("token-a", START.plusSeconds(5));

        now = START.plusSeconds(4);
        assertThat(cache.find("token-a", null, null)).isPresent();
        now = START.plusSeconds(5);
        assertThat(cache.find("token-a", null, null)).isEmpty();
    }

    @Test
    void onlyTheVerySameTokenFindsItsEntry() {
        verified("header.claims.signature", START.plusSeconds(600));

        assertThat(cache.find("header.claims.signaturf", null, null)).isEmpty();
        assertThat(cache.find("header.claims.signature ", null, null)).isEmpty();
        assertThat(cache.find("header.claims.signature", null, null)).isPresent();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
        verified("expired", START.minusSeconds(1));
        verified("no-exp", null);
        cache.augment(QuarkusSecurityIdentity.builder().setAnonymous(true).build(), null);

        assertThat(cache.find("expired", null, null)).isEmpty();
        assertThat(cache.find("no-exp", null, null)).isEmpty();
        assertThat(entries(registry)).isZero();
    }

    @Test
    void aTokenBoundToAKeyOrVerifiedByAnotherTenantIsNotKept() {
        long exp = START.plusSeconds(600).getEpochSecond();
        cache.augment(
                identity("bound", Map.of("sub", "s-1", "exp", exp, "cnf", Map.of("x5t#S256", "abc")), "Default"), null);
        cache.augment(identity("other-tenant", Map.of("sub", "s-1", "exp", exp), "partners"), null);
        cache.augment(identity("no-tenant", Map.of("sub", "s-1", "exp", exp), null), null);

        assertThat(cache.find("bound", null, null)).isEmpty();
        assertThat(cache.find("other-tenant", null, null)).isEmpty();
        assertThat(cache.find("no-tenant", null, null)).isEmpty();
        assertThat(entries(registry)).isZero();
    }

    @Test
    void aHitIsTheSameCallerForTheRequestAtHand() {
        RoutingContext first = routingContext();
        RoutingContext second = routingContext();
        AuthenticationRequestContext secondContext = supplier -> null;
        SecurityIdentity original = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(Map.of(
                        "sub",
                        "s-1",
                        "exp",
                        START.plusSeconds(600).getEpochSecond(),
                        "scope",
                        "sites:read events:read")))
                .addRole(Roles.INTEGRATION_CLIENT)
                .addPermissionsAsString(Set.of("sites:read", "events:read")) // as the OIDC provider grants scopes
                .addCredential(new AccessTokenCredential("token-a"))
                .addAttribute(RoutingContext.class.getName(), first)
                .addAttribute(AuthenticationRequestContext.class.getName(), (AuthenticationRequestContext) s -> null)
                .addAttribute("tenant-id", "Default")
                .build();
        cache.augment(original, null);

        SecurityIdentity hit = cache.find("token-a", second, secondContext).orElseThrow();

        assertThat(hit.getPrincipal()).isSameAs(original.getPrincipal());
        assertThat(hit.getRoles()).containsExactly(Roles.INTEGRATION_CLIENT);
        assertThat(hit.getCredential(AccessTokenCredential.class).getToken()).isEqualTo("token-a");
        assertThat(CurrentUser.scopesOf(hit)).containsExactly("events:read", "sites:read");
        assertThat(hit.checkPermissionBlocking(new StringPermission("sites", "read")))
                .isTrue();
        assertThat(hit.checkPermissionBlocking(new StringPermission("sites", "write")))
                .isFalse();
        assertThat(hit.<Object>getAttribute("tenant-id")).isEqualTo("Default");
        assertThat(hit.<Object>getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat(hit.<Object>getAttribute(AuthenticationRequestContext.class.getName()))
                .isSameAs(secondContext);
        assertThat(cache.find("token-a", null, null).orElseThrow().getAttributes())
                .as("an entry holds nothing of the request it was verified with")
                .doesNotContainKeys(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());
    }

    @Test
    void anIdentityAnsweredFromTheCacheIsNotStoredAgain() {
        verified("token-a", START.plusSeconds(600));
        now = START.plusSeconds(30);
        SecurityIdentity hit = cache.find("token-a", null, null).orElseThrow();

        cache.augment(hit, null); // would restart its 60 seconds if stored again

        now = START.plusSeconds(60);
        assertThat(cache.find("token-a", null, null)).isEmpty();
    }

    @Test
    void turnedOffItKeepsNothing() {
        for (Duration ttl : new Duration[] {Duration.ZERO, Duration.ofSeconds(-5)}) {
            SimpleMeterRegistry offRegistry = new SimpleMeterRegistry();
            VerifiedTokenCache off = new VerifiedTokenCache(ttl, 100, offRegistry, () -> now);
            off.augment(identity("token-a", START.plusSeconds(600)), null);

            assertThat(off.find("token-a", null, null)).isEmpty();
            assertThat(entries(offRegistry)).as("TTL %s", ttl).isZero();
        }
    }

    @Test
    void hitsAndMissesAreCounted() {
        verified("token-a", START.plusSeconds(600));
        cache.find("token-a", null, null);
        cache.find("token-a", null, null);
        cache.find("token-b", null, null);

        assertThat(registry.get("pakt.token.cache.lookups")
                        .tag("result", "hit")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(registry.get("pakt.token.cache.lookups")
                        .tag("result", "miss")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(entries(registry)).isEqualTo(1);
    }

    private static double entries(SimpleMeterRegistry registry) {
        return registry.get("pakt.token.cache.entries").gauge().value();
    }

    private void verified(String token, Instant expiry) {
        cache.augment(identity(token, expiry), null);
    }

    private static SecurityIdentity identity(String token, Instant expiry) {
        Map<String, Object> claims =
                expiry == null ? Map.of("sub", "s-1") : Map.of("sub", "s-1", "exp", expiry.getEpochSecond());
        return identity(token, claims, "Default");
    }

    /** As the OIDC provider hands it over: the token, its claims, the tenant that verified it. */
    private static SecurityIdentity identity(String token, Map<String, Object> claims, String tenant) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt(claims))
                .addRole(Roles.PROGRAM_OFFICE)
                .addCredential(new AccessTokenCredential(token))
                .addAttribute("tenant-id", tenant)
                .build();
    }

    private static JsonWebToken jwt(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    private static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(
                RoutingContext.class.getClassLoader(), new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return null;
                });
    }
}
