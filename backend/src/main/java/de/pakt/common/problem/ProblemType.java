package de.pakt.common.problem;

/** The kinds of problem Pakt reports, with their status and German title (the SPA translates by type). */
public enum ProblemType {
    VALIDATION("validation", 400, "Ungültige Eingabe"),
    BAD_REQUEST("bad-request", 400, "Ungültige Anfrage"),
    UNAUTHORIZED("unauthorized", 401, "Anmeldung erforderlich"),
    FORBIDDEN("forbidden", 403, "Keine Berechtigung"),
    NOT_FOUND("not-found", 404, "Nicht gefunden"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Methode nicht erlaubt"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Format nicht verfügbar"),
    CONFLICT("conflict", 409, "Konflikt"),
    PRECONDITION_FAILED("precondition-failed", 412, "Inzwischen geändert"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format nicht unterstützt"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match fehlt"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Schlüssel schon verwendet"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Zu viele Anfragen"),
    INTERNAL("internal", 500, "Interner Fehler"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Vorübergehend nicht verfügbar");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem type for an HTTP status the framework produced on its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
