package de.pakt.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.pakt.common.i18n.Message;
import de.pakt.common.web.StrictJson;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error path into RFC 9457 problem details. Nothing internal leaves the server: unexpected errors
 * are logged with an id and answered with that id only.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Name of the If-Match parameter in the generated interfaces: its absence is a 428, not a 400. */
    private static final String IF_MATCH_PARAMETER = "ifMatch";

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return problems.response(e.type(), e.detail(), e.violations());
    }

    /** A validation set-up error (not a violation): a programming error, answered like any other 500. */
    @ServerExceptionMapper
    public Response validationSetup(jakarta.validation.ValidationException e) {
        return internal(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = fieldName(violation.getPropertyPath());
            if (IF_MATCH_PARAMETER.equals(field) && violation.getInvalidValue() == null) {
                return problems.response(ProblemType.PRECONDITION_REQUIRED, "common.request.ifMatchMissing");
            }
            violations.add(new FieldViolation(field, ValidationTexts.of(violation)));
        }
        violations.sort(Comparator.comparing(FieldViolation::field)
                .thenComparing(v -> v.message().toString()));
        return problems.response(ProblemType.VALIDATION, ProblemException.countText(violations.size()), violations);
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableField(MismatchedInputException e) {
        String field = jsonPath(e);
        Message message = e instanceof StrictJson.RefusedValue refused
                ? refused.reason()
                : e instanceof InvalidNullException
                        ? Message.of("common.field.nullEntry")
                        : e.getMessage() != null && e.getMessage().startsWith("Missing required")
                                ? Message.of("common.field.required")
                                : Message.of("common.field.format");
        if (field.isEmpty()) {
            return problems.response(ProblemType.BAD_REQUEST, "common.request.notJsonObject");
        }
        return problems.response(
                ProblemType.VALIDATION, ProblemException.countText(1), List.of(new FieldViolation(field, message)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return problems.response(ProblemType.BAD_REQUEST, "common.request.notJson");
    }

    /** RFC 6750: a token that was sent and refused is an {@code invalid_token}; no token at all is a bare challenge. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers) {
        boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        Response response = problems.response(
                ProblemType.UNAUTHORIZED, tokenSent ? "common.auth.invalidToken" : "common.auth.required");
        String challenge = tokenSent ? "Bearer realm=\"pakt\", error=\"invalid_token\"" : "Bearer realm=\"pakt\"";
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problems.response(ProblemType.FORBIDDEN, "common.auth.forbidden");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getResponse().getEntity() instanceof de.pakt.api.model.Problem) {
            return e.getResponse(); // already a problem, built by Pakt's own code
        }
        if (status >= 500) {
            return internal(e);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "common.request.notFound";
            case METHOD_NOT_ALLOWED -> "common.request.methodNotAllowed";
            case NOT_ACCEPTABLE -> "common.request.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "common.request.sendJson";
            default -> "common.request.invalid";
        };
        Response response = problems.response(type, detail);
        if (type == ProblemType.METHOD_NOT_ALLOWED && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response internal(Throwable e) {
        Optional<Response> database = DatabaseErrors.classify(e).map(this::databaseProblem);
        if (database.isPresent()) {
            return database.get();
        }
        // The request id is the support id: the caller sees it, the log line carries it.
        String requestId = problems.requestId();
        String errorId = requestId != null ? requestId : UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return problems.response(ProblemType.INTERNAL, "common.server.unexpected", errorId);
    }

    private Response databaseProblem(DatabaseErrors.Failure failure) {
        return switch (failure.kind()) {
            case DUPLICATE ->
                problems.response(
                        ProblemType.CONFLICT,
                        Message.of("common.database.duplicate"),
                        failure.field()
                                .map(f -> List.of(new FieldViolation(f, "common.field.taken")))
                                .orElse(List.of()));
            case REFERENCED -> problems.response(ProblemType.CONFLICT, "common.database.referenced");
            case CONCURRENT_CHANGE -> problems.response(ProblemType.CONFLICT, "common.database.concurrentChange");
            case INVALID_VALUE -> problems.response(ProblemType.BAD_REQUEST, "common.database.outOfRange");
            case UNAVAILABLE -> {
                LOG.warn("Database unavailable: answered 503");
                Response response = problems.response(ProblemType.SERVICE_UNAVAILABLE, "common.server.unavailable");
                yield Response.fromResponse(response)
                        .header(HttpHeaders.RETRY_AFTER, DatabaseErrors.RETRY_AFTER_SECONDS)
                        .build();
            }
        };
    }

    /** "createProgram.programInput.processModules[0].title" → "processModules[0].title"; "listPrograms.size" → "size". */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i + 1 < nodes.size();
            if (node.getKind() == ElementKind.METHOD
                    || bodyParameter
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (i + 1 < nodes.size() && nodes.get(i + 1).getIndex() != null) {
                field.append('[').append(nodes.get(i + 1).getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
