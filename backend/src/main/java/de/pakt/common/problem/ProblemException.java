package de.pakt.common.problem;

import java.util.List;

/**
 * Thrown by services for every refusal a user should understand: the mapper turns it into RFC 9457 problem
 * details with the given type and detail. The detail is shown to users, so it says what to do, in German.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldViolation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " gibt es nicht.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return validation(List.of(new FieldViolation(field, message)));
    }

    /** A 400 with every invalid field; the detail counts them. */
    public static ProblemException validation(List<FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION, countText(violations.size()), violations);
    }

    public static String countText(int count) {
        return count == 1 ? "1 Feld ist ungültig." : count + " Felder sind ungültig.";
    }
}
