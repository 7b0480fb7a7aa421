package de.pakt.common.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code If-None-Match} on every resource that has an ETag: when the client's copy is current, 304 without a body
 * (RFC 9110 §13.1.2), so mirrors and caches re-read only what changed. Weak and strong tags compare alike, as the
 * standard prescribes for If-None-Match. Not for {@link CompositeRepresentation}s.
 */
public class ConditionalGet {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource != null
                && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(CompositeRepresentation.class)) {
            return;
        }
        if (response.getStatus() != 200
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return;
        }
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag == null || ifNoneMatch == null) {
            return;
        }
        String current = opaque(etag.toString());
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                response.setStatus(304);
                response.setEntity(null);
                return;
            }
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
