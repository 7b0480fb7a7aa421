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
        Problem problem = new Problem()
                .type(URI.create(config.problemBaseUri() + type.slug()))
                .title(type.title())
                .status(type.status())
                .detail(detail)
                .instance(currentPath());
        if (!violations.isEmpty()) {
            problem.errors(violations.stream()
                    .map(v -> new FieldError().field(v.field()).message(v.message()))
                    .toList());
        }
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    private String currentPath() {
        try {
            return request.path();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
