package de.pakt.common.problem;

import java.util.List;

import de.pakt.common.i18n.Message;

/**
 * Thrown by services for every refusal a user should understand: the mapper turns it into RFC 9457 problem
 * details with the given type and detail. The detail is shown to users, so it says what to do; it is a key into the
 * message bundle (German and English), rendered in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Message detail;
    private final transient List<FieldViolation> violations;

    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, Message detail, List<FieldViolation> violations) {
        super(detail.toString(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** "Förderrunde 42 gibt es nicht." — {@code nounKey} names the thing, e.g. {@code round.noun}. */
    public static ProblemException notFound(String nounKey, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, Message.of("common.notFound", Message.of(nounKey), id));
    }

    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, Message.of(key, args));
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, Message.of(key, args));
    }

    public static ProblemException invalid(String field, String key, Object... args) {
        return validation(List.of(new FieldViolation(field, key, args)));
    }

    /** A 400 with every invalid field; the detail counts them. */
    public static ProblemException validation(List<FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION, countText(violations.size()), violations);
    }

    public static Message countText(int count) {
        return count == 1 ? Message.of("common.fields.one") : Message.of("common.fields.many", count);
    }
}
