package de.pakt.common.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Asked before the OIDC provider: answers a bearer token this replica verified a moment ago from the
 * {@link VerifiedTokenCache}; for any other token it has no answer, and the OIDC provider verifies it in full.
 */
@Singleton
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokenCache cache;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before the OIDC provider (the default priority, 1001) and any other provider of tokens. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer) || bearer.getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom()
                .item(cache.find(bearer.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request), context)
                        .orElse(null));
    }
}
