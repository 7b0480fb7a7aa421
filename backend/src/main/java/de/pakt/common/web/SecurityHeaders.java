package de.pakt.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a response to a signed-in caller may leave behind: nothing. Its body may hold what only that caller may see, so
 * no browser or proxy cache keeps it ({@code no-store}); public answers keep the cache headers their resource set.
 * The static headers (nosniff, CSP, frame and referrer policies) come from application.properties.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void noStoreForSignedInCallers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }
}
