package de.pakt.common.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A text for people, named by a key into the message bundle and its arguments; {@link Messages} renders it in the
 * caller's language. The key's first segment names the feature's bundle: {@code round.notDraft} lives in
 * {@code messages/round.properties} (German) and {@code messages/round_en.properties} (English).
 *
 * <p>Arguments are rendered by type: another {@link Message}, an enum (its label in the feature's bundle), an
 * {@link java.time.Instant} or {@link java.time.LocalDate} (Europe/Berlin, German or English form), {@link Euros},
 * a collection (each element, joined by commas); anything else as its string.
 */
public record Message(String key, List<Object> args, String verbatim) {

    public Message {
        // Arguments may be null (a missing value prints as "null" rather than turning a 409 into a 500).
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args), null);
    }

    /** A text that is already in the caller's language (the validator's, or a database value such as a name). */
    public static Message verbatim(String text) {
        return new Message(null, List.of(), text);
    }

    /** The German text, for logs and for callers that do not ask for a language. */
    @Override
    public String toString() {
        return Messages.german(this);
    }

    /** An amount of money in cents, rendered as "40.000 €" or "€40,000". */
    public record Euros(long cents) {}

    /** A decimal with a fixed number of fraction digits, rendered as "4,80" or "4.80". */
    public record Decimal(double value, int digits) {}
}
