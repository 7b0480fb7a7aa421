package de.pakt.common.problem;

import java.net.URI;
import java.util.List;

import de.pakt.api.model.FieldError;
import de.pakt.api.model.Problem;
import de.pakt.common.config.PaktConfig;
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

    public Response response(ProblemType type, String detail) {
        return response(type, detail, List.of());
    }

    public Response response(ProblemType type, String detail, List<FieldViolation> violations) {
        boolean english = prefersEnglish();
        Problem problem = new Problem()
                .type(URI.create(config.problemBaseUri() + type.slug()))
                .title(type.title(english))
                .status(type.status())
                .detail(english ? EnglishDetails.of(detail).orElse(detail) : detail)
                .instance(currentPath());
        if (!violations.isEmpty()) {
            problem.errors(violations.stream()
                    .map(v -> new FieldError().field(v.field()).message(v.message()))
                    .toList());
        }
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    /**
     * Whether the caller ranks English above German in Accept-Language (German is the default). Titles and the
     * platform's own details follow it ({@link EnglishDetails}); details of domain rules are German for now.
     */
    private boolean prefersEnglish() {
        String header;
        try {
            header = request.getHeader("Accept-Language");
        } catch (RuntimeException outsideRequest) {
            return false;
        }
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            java.util.Locale best = java.util.Locale.lookup(
                    java.util.Locale.LanguageRange.parse(header),
                    List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH));
            return best != null && best.getLanguage().equals("en");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private String currentPath() {
        try {
            return request.path();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
