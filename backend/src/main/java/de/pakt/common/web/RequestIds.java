package de.pakt.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One id per request, to find a user's failed request in the logs and traces: the caller's {@code X-Request-Id} (the
 * SPA sends a fresh one with every call; a gateway may too) when it looks like an id, a new one otherwise. It is
 * answered in the {@code X-Request-Id} header, carried by every problem detail ({@code requestId}) and written with
 * every log line of the request (MDC {@code requestId}) and its trace's server span ({@code pakt.request_id}).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and a few separators: never a way to inject into a log line or a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    /** Before every other route of the public port (CORS, security, REST). */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    void assign(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /**
     * For the log lines: in the REST layer, whose request context (a Vert.x duplicated context) follows the request to
     * the worker thread, where Quarkus's MDC keeps the value for every line of this request and no other.
     */
    @ServerRequestFilter(preMatching = true)
    public void log(HttpServerRequest request) {
        String id = of(request);
        if (id != null) {
            MDC.put("requestId", id);
            Span.current().setAttribute("pakt.request_id", id);
        }
    }

    /** The id {@link #assign} gave the request (it is already in the answer's headers); null outside a request. */
    public static String of(HttpServerRequest request) {
        try {
            return request.response().headers().get(HEADER);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
