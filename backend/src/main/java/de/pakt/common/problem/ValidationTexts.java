package de.pakt.common.problem;

import java.util.Collection;
import java.util.Map;

import de.pakt.common.i18n.Message;
import jakarta.validation.ConstraintViolation;

/**
 * Texts for people in place of the validator's ("darf nicht null sein", {@code muss mit "^08[1-4]$"
 * übereinstimmen}): from the message bundle, by constraint and, for patterns, by field — no pattern or class name
 * reaches a user.
 */
final class ValidationTexts {

    private ValidationTexts() {}

    static Message of(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        return switch (violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Message.of("common.field.required");
            case "Size" -> size(number(attributes.get("min")), number(attributes.get("max")), value);
            case "Min", "DecimalMin" -> Message.of("common.field.min", attributes.get("value"));
            case "Max", "DecimalMax" -> Message.of("common.field.max", attributes.get("value"));
            case "Email" -> Message.of("common.field.email");
            case "Pattern" -> pattern(String.valueOf(attributes.get("regexp")));
            default -> Message.verbatim(violation.getMessage());
        };
    }

    private static Message size(long min, long max, Object value) {
        String unit = value instanceof Collection<?>
                        || value instanceof Map<?, ?>
                        || (value != null && value.getClass().isArray())
                ? "entries"
                : "characters";
        if (min <= 0) {
            return Message.of("common.field.size.atMost." + unit, max);
        }
        if (max == Integer.MAX_VALUE) {
            return Message.of("common.field.size.atLeast." + unit, min);
        }
        return Message.of("common.field.size.between." + unit, min, max);
    }

    /** The contract's patterns, each said in words; an unknown one gets a general text, never the pattern. */
    private static final Map<String, String> PATTERNS = Map.of(
            "^08[1-4]$", "regionKey",
            "^08[0-9]{3}$", "districtKey",
            "^[0-9]{5}$", "districtKey",
            "^[0-9]{1,12}$", "officialKey",
            "^[0-9]{5,9}$", "municipalityKey",
            "^[a-z0-9-]{1,40}$", "slug",
            "^[A-Z_]{2,30}$", "constant",
            "^[\\x21-\\x7E]+$", "visibleAscii",
            "^\\S+$", "noSpaces");

    private static final java.util.regex.Pattern SORT =
            java.util.regex.Pattern.compile("\\^\\(([a-zA-Z|]+)\\)\\(,\\(asc\\|desc\\)\\)\\?\\$");

    private static Message pattern(String regexp) {
        java.util.regex.Matcher sort = SORT.matcher(regexp);
        if (sort.matches()) {
            return Message.of(
                    "common.field.pattern.sort", String.join(", ", sort.group(1).split("\\|")));
        }
        String name = PATTERNS.get(regexp);
        return name == null ? Message.of("common.field.pattern") : Message.of("common.field.pattern." + name);
    }

    private static long number(Object attribute) {
        return attribute instanceof Number n ? n.longValue() : 0;
    }
}
