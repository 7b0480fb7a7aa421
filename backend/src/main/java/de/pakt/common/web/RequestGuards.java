package de.pakt.common.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every API request before it reaches a resource, so that no operation needs its own copy:
 * <ol>
 * <li>query and path parameters carry no control characters (a {@code %00} never reaches SQL);</li>
 * <li>a request with a body names its media type ({@code 415} otherwise, instead of guessing JSON);</li>
 * <li>a token that was sent is valid even where none is needed (RFC 6750: {@code 401 invalid_token}, never a silent
 * anonymous answer);</li>
 * <li>the caller stays within its rate limit ({@link RateLimiter}).</li>
 * </ol>
 */
public class RequestGuards {

    @Inject
    Problems problems;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    HttpServerRequest request;

    @ServerRequestFilter(preMatching = true)
    public Response cleanParameters(ContainerRequestContext context) {
        Map<String, List<String>> query;
        String path;
        try {
            query = context.getUriInfo().getQueryParameters(true);
            path = context.getUriInfo().getPath(true);
        } catch (IllegalArgumentException malformedEscape) {
            return problems.response(ProblemType.BAD_REQUEST, "common.request.badEncoding");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (InputRules.hasForbiddenControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(InputRules::hasForbiddenControlCharacter)) {
                return invalidParameter(parameter.getKey());
            }
        }
        if (InputRules.hasForbiddenControlCharacter(path)) {
            return invalidParameter("path");
        }
        String method = context.getMethod();
        boolean mayHaveBody =
                HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method);
        if (mayHaveBody && context.getMediaType() == null && hasBody(context)) {
            return problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "common.request.noContentType");
        }
        return null;
    }

    /**
     * Every path parameter named {@code …Id} is a UUID in the contract. Checked here, after routing, because only here
     * the parameter's name is known: a parameter converter is not told it, and a client deserves to read which id was
     * malformed.
     */
    @ServerRequestFilter
    public Response wellFormedIds(ContainerRequestContext context) {
        for (Map.Entry<String, List<String>> parameter :
                context.getUriInfo().getPathParameters(true).entrySet()) {
            if (parameter.getKey().endsWith("Id")
                    && parameter.getValue().stream().anyMatch(v -> !InputRules.isUuid(v))) {
                return problems.response(
                        ProblemType.VALIDATION,
                        ProblemException.countText(1),
                        List.of(new FieldViolation(parameter.getKey(), InputRules.UUID_MESSAGE)));
            }
        }
        return null;
    }

    /** Runs after routing, so that the caller's identity (if a token was sent) is known for the rate limit. */
    @ServerRequestFilter
    public Uni<Response> authenticateAndLimit(ContainerRequestContext context, ResourceInfo resource) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Uni.createFrom()
                    .item(rateLimiter.check(null, clientAddress()).orElse(null));
        }
        // A refused token fails the deferred identity; it becomes "no identity" here and a 401 below.
        return identities
                .getDeferredIdentity()
                .onFailure()
                .recoverWithItem((SecurityIdentity) null)
                .map(resolved -> {
                    if (resolved == null || resolved.isAnonymous()) {
                        throw new AuthenticationFailedException("invalid token");
                    }
                    // The subject, not the name: names (preferred_username) need not be unique, subjects are.
                    String caller = resolved.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                            ? jwt.getSubject()
                            : resolved.getPrincipal().getName();
                    return rateLimiter
                            .check(caller, clientAddress())
                            .or(() -> scopeRefusal(resolved, resource))
                            .orElse(null);
                });
    }

    /**
     * An integration client reaches an operation only with one of the scopes its {@link IntegrationScopes} names
     * (whatever its role allows); people are not affected. 403 with {@code insufficient_scope} (RFC 6750) names them.
     */
    private Optional<Response> scopeRefusal(SecurityIdentity identity, ResourceInfo resource) {
        if (!identity.hasRole(Roles.INTEGRATION_CLIENT) || resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        IntegrationScopes accepted = resource.getResourceMethod().getAnnotation(IntegrationScopes.class);
        Set<String> held = CurrentUser.scopesOf(identity);
        if (accepted != null && Arrays.stream(accepted.value()).anyMatch(held::contains)) {
            return Optional.empty();
        }
        String needed = accepted == null ? "" : String.join(" ", accepted.value());
        Response refusal = problems.response(
                ProblemType.FORBIDDEN,
                accepted == null
                        ? Message.of("common.auth.integrationClient")
                        : Message.of("common.auth.missingScope", needed));
        return Optional.of(Response.fromResponse(refusal)
                .header(
                        HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"insufficient_scope\"" + (needed.isEmpty() ? "" : ", scope=\"" + needed + "\""))
                .build());
    }

    private String clientAddress() {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    private Response invalidParameter(String name) {
        return problems.response(
                ProblemType.VALIDATION,
                ProblemException.countText(1),
                List.of(new FieldViolation(name, InputRules.CONTROL_CHARACTER_MESSAGE)));
    }

    private static boolean hasBody(ContainerRequestContext context) {
        String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.strip().equals("0");
        }
        return context.getHeaderString("Transfer-Encoding") != null;
    }
}
