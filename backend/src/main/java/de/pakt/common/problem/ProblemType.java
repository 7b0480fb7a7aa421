package de.pakt.common.problem;

/** The kinds of problem Pakt reports, with their status and title in German and English (the SPA translates by type). */
public enum ProblemType {
    VALIDATION("validation", 400, "Ungültige Eingabe", "Invalid input"),
    BAD_REQUEST("bad-request", 400, "Ungültige Anfrage", "Bad request"),
    UNAUTHORIZED("unauthorized", 401, "Anmeldung erforderlich", "Sign-in required"),
    FORBIDDEN("forbidden", 403, "Keine Berechtigung", "Not permitted"),
    NOT_FOUND("not-found", 404, "Nicht gefunden", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Methode nicht erlaubt", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Format nicht verfügbar", "Format not available"),
    CONFLICT("conflict", 409, "Konflikt", "Conflict"),
    PRECONDITION_FAILED("precondition-failed", 412, "Inzwischen geändert", "Changed in the meantime"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format nicht unterstützt", "Format not supported"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match fehlt", "If-Match missing"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Schlüssel schon verwendet", "Key already used"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Zu viele Anfragen", "Too many requests"),
    INTERNAL("internal", 500, "Interner Fehler", "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Vorübergehend nicht verfügbar", "Temporarily unavailable");

    private final String slug;
    private final int status;
    private final String title;
    private final String englishTitle;

    ProblemType(String slug, int status, String title, String englishTitle) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.englishTitle = englishTitle;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    /** German, the default. */
    public String title() {
        return title;
    }

    /** In the caller's language: English if it prefers English to German (Accept-Language), German otherwise. */
    public String title(boolean english) {
        return english ? englishTitle : title;
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
