package de.pakt.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import de.pakt.api.model.FieldError;
import de.pakt.api.model.Problem;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.common.web.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 responses. The only place that knows their shape. */
@ApplicationScoped
public class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Inject
    PaktConfig config;

    @Inject
    HttpServerRequest request;

    public Response response(ProblemType type, String key, Object... args) {
        return response(type, Message.of(key, args), List.of());
    }

    public Response response(ProblemType type, Message detail) {
        return response(type, detail, List.of());
    }

    public Response response(ProblemType type, Message detail, List<FieldViolation> violations) {
        Locale locale = locale();
        Problem problem = new Problem()
                .type(URI.create(config.problemBaseUri() + type.slug()))
                .title(type.title(Messages.isEnglish(locale)))
                .status(type.status())
                .detail(Messages.render(detail, locale))
                .instance(currentPath())
                .requestId(requestId());
        if (!violations.isEmpty()) {
            problem.errors(violations.stream()
                    .map(v -> new FieldError().field(v.field()).message(Messages.render(v.message(), locale)))
                    .toList());
        }
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    /**
     * The caller's language from Accept-Language: English when ranked above German, German otherwise (and outside a
     * request).
     */
    public Locale locale() {
        String header;
        try {
            header = request.getHeader("Accept-Language");
        } catch (RuntimeException outsideRequest) {
            return Messages.GERMAN;
        }
        if (header == null || header.isBlank()) {
            return Messages.GERMAN;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Messages.SUPPORTED);
            return best == null ? Messages.GERMAN : best;
        } catch (IllegalArgumentException malformed) {
            return Messages.GERMAN;
        }
    }

    /** The id the support desk asks for: the one in the answer's X-Request-Id header and in every log line. */
    public String requestId() {
        return RequestIds.of(request);
    }

    private String currentPath() {
        try {
            return request.path();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
