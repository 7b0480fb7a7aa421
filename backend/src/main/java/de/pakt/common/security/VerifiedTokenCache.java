package de.pakt.common.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.pakt.common.config.PaktConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.commons.codec.digest.DigestUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Access tokens this replica has verified, so that the caller's next request with the same token skips the signature
 * check and the parsing of its claims — a quarter of the JVM's work per signed-in request (docs/performance.md).
 * ADR 0020 gives the rules:
 * <ul>
 * <li>the key is the SHA-256 of the whole token: only the very same token finds its entry; a token that differs in
 * one byte is another token and is verified in full;</li>
 * <li>an entry is taken on trust no longer than the token's {@code exp} and at most {@code pakt.token-cache.ttl};</li>
 * <li>only what the OIDC provider verified is kept (this class sees it first, as an augmentor), never a failure;</li>
 * <li>per replica and bounded in number: nothing in here is needed by another replica.</li>
 * </ul>
 * {@link CachedTokenIdentityProvider} answers from it before the OIDC provider is asked.
 */
@Singleton
public class VerifiedTokenCache implements SecurityIdentityAugmentor {

    /** Marks an identity answered from the cache, so that it is not stored again. */
    static final String FROM_CACHE = VerifiedTokenCache.class.getName() + ".hit";

    /**
     * The OIDC tenant that verified the token. Pakt has one; a token of another tenant is not kept, because the key
     * (the token alone) would not say which tenant's rules it passed.
     */
    private static final String TENANT = "tenant-id";

    private static final String DEFAULT_TENANT = "Default";

    /** The request the token came with: never kept, set afresh on every hit. */
    private static final Set<String> PER_REQUEST =
            Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

    private record Verified(SecurityIdentity identity, Instant validUntil) {}

    private final Duration ttl;
    private final InstantSource clock;
    private final Cache<String, Verified> entries;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokenCache(
            PaktConfig config,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.oidc.token.binding.certificate", defaultValue = "false")
                    boolean certificateBound,
            @ConfigProperty(name = "quarkus.oidc.token.authorization-scheme", defaultValue = "Bearer") String scheme) {
        // A token bound to a certificate or a DPoP proof must be checked against each request: never from a cache.
        this(
                certificateBound || !"Bearer".equalsIgnoreCase(scheme)
                        ? Duration.ZERO
                        : config.tokenCache().ttl(),
                config.tokenCache().maxEntries(),
                registry,
                InstantSource.system());
    }

    VerifiedTokenCache(Duration ttl, int maxEntries, MeterRegistry registry, InstantSource clock) {
        this.ttl = ttl.isNegative() ? Duration.ZERO : ttl;
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(this.ttl)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
        String lookups = "pakt.token.cache.lookups";
        String help = "Requests whose access token was looked up among the tokens this replica verified before";
        this.hits =
                Counter.builder(lookups).tag("result", "hit").description(help).register(registry);
        this.misses =
                Counter.builder(lookups).tag("result", "miss").description(help).register(registry);
        Gauge.builder("pakt.token.cache.entries", entries, Cache::estimatedSize)
                .description("Verified access tokens this replica keeps")
                .register(registry);
    }

    boolean enabled() {
        return !ttl.isZero();
    }

    /**
     * The identity of this token if this replica verified it within its time on trust, for the request at hand (its
     * routing context and authentication context, as the OIDC provider would have set them); empty: verify it.
     */
    Optional<SecurityIdentity> find(String token, RoutingContext request, AuthenticationRequestContext context) {
        if (!enabled()) {
            return Optional.empty();
        }
        Verified verified = entries.getIfPresent(DigestUtils.sha256Hex(token));
        if (verified == null || !clock.instant().isBefore(verified.validUntil())) {
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder(verified.identity()).addAttribute(FROM_CACHE, Boolean.TRUE);
        if (request != null) {
            identity.addAttribute(RoutingContext.class.getName(), request);
        }
        if (context != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), context);
        }
        return Optional.of(identity.build());
    }

    /** Runs first after every authentication: keeps what the OIDC provider has just verified. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (enabled() && !identity.isAnonymous() && identity.getAttribute(FROM_CACHE) == null) {
            remember(identity);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    private void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null
                || credential.getToken() == null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !jwt.containsClaim("exp")
                || jwt.containsClaim("cnf") // bound to a certificate or key: its proof is checked on every request
                || !DEFAULT_TENANT.equals(identity.getAttribute(TENANT))) {
            return;
        }
        Instant now = clock.instant();
        Instant expiry = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant validUntil = expiry.isBefore(now.plus(ttl)) ? expiry : now.plus(ttl);
        if (!now.isBefore(validUntil)) {
            return;
        }
        // A copy without the request it came with, so that an entry holds no request's memory.
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials());
        if (identity instanceof QuarkusSecurityIdentity verified) {
            kept.addPermissions(verified.getPermissions()); // the token's scopes, as the OIDC provider granted them
        }
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST.contains(name)) {
                kept.addAttribute(name, value);
            }
        });
        entries.put(DigestUtils.sha256Hex(credential.getToken()), new Verified(kept.build(), validUntil));
    }
}
