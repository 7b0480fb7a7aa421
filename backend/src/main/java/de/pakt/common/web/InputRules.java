package de.pakt.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import de.pakt.common.i18n.Message;

/**
 * What every input of the API must satisfy, whatever the operation (documented in openapi.yaml's introduction):
 * text without control characters other than tab and line breaks, dates from 1900 to 2199, search text matched
 * literally.
 */
public final class InputRules {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    public static final Message CONTROL_CHARACTER_MESSAGE = Message.of("common.field.controlCharacter");
    public static final Message DATE_RANGE_MESSAGE = Message.of("common.field.dateRange", MIN_YEAR, MAX_YEAR);
    public static final Message UUID_MESSAGE = Message.of("common.field.uuid");

    private InputRules() {}

    /** C0 controls except tab, line feed and carriage return; DEL; C1 controls; unpaired surrogates. */
    public static boolean hasForbiddenControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The contract's ids: the canonical 36 characters (UUID.fromString alone also takes short forms like "1-2-3-4-5"). */
    public static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * An e-mail address as the contract's {@code format: email} means it in practice: one {@code @}, something before
     * it, a domain with a dot after it, no spaces ("erika-at-example" is not one).
     */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    /**
     * Whether a numeric(precision, scale) column holds the value as PostgreSQL stores it (rounded to the scale, half
     * away from zero); null holds. Checked before the write, so the answer names the field instead of the database's
     * bare "out of range".
     */
    public static boolean fitsNumeric(BigDecimal value, int precision, int scale) {
        return value == null
                || value.setScale(scale, RoundingMode.HALF_UP).abs().compareTo(numericMax(precision, scale)) <= 0;
    }

    /** The largest value of a numeric(precision, scale) column: 9999.99 for numeric(6, 2). */
    public static BigDecimal numericMax(int precision, int scale) {
        return BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
    }

    public static boolean dateInRange(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** Text a person searched for, as a LIKE pattern that matches it literally anywhere ({@code \} escapes). */
    public static String containsPattern(String text) {
        return "%" + escapeLike(text) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
