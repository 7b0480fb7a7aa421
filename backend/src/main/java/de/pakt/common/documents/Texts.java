package de.pakt.common.documents;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;

/**
 * A document's words and figures in one language (German unless English is asked for): texts from the message
 * bundle, enum constants by the same labels problems use, dates, amounts, percentages and numbers as readers of that
 * language write them. A missing value prints as "–".
 */
public record Texts(Locale locale) {

    public static final String NONE = "–";

    // The forms Messages gives a date argument, so a document and a problem write a date alike.
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Messages.GERMAN);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Messages.ENGLISH);

    public boolean english() {
        return Messages.isEnglish(locale);
    }

    public String text(String key, Object... args) {
        return Messages.render(Message.of(key, args), locale);
    }

    /** An enum constant's label from its feature's bundle, e.g. {@code roadmap.enum.Measure.Status.DONE}. */
    public String label(Enum<?> constant) {
        return Messages.lookup(Messages.enumKey(constant), locale).orElse(constant.name());
    }

    public String date(LocalDate value) {
        return value == null ? NONE : (english() ? ENGLISH_DATE : GERMAN_DATE).format(value);
    }

    /** "1.234,56 €" or "€1,234.56". */
    public String euros(long cents) {
        return Messages.euros(cents, locale);
    }

    /** "12,5 %" or "12.5%", at most one decimal. */
    public String percent(OptionalDouble value) {
        if (value.isEmpty()) {
            return NONE;
        }
        NumberFormat format = numberFormat();
        format.setMaximumFractionDigits(1);
        return format.format(value.getAsDouble()) + (english() ? "%" : " %");
    }

    public String number(Number value) {
        return value == null ? NONE : numberFormat().format(value);
    }

    /** Decimal comma and dot grouping in German, the reverse in English (as {@link Messages} writes numbers). */
    public NumberFormat numberFormat() {
        return NumberFormat.getNumberInstance(english() ? Locale.UK : Locale.GERMANY);
    }
}
