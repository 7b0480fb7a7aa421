package de.pakt.common.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * Renders {@link Message}s from the message bundle: German ({@code messages/<feature>.properties}) is the default,
 * English ({@code messages/<feature>_en.properties}) is the complete switch. Placeholders are {@code {0}}, {@code {1}}
 * … and nothing else, so apostrophes and braces in texts need no escaping (unlike {@link java.text.MessageFormat}).
 */
public final class Messages {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);

    private static final Logger LOG = Logger.getLogger(Messages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // common.web depends on this package, not back
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static String german(Message message) {
        return render(message, GERMAN);
    }

    public static String render(Message message, Locale locale) {
        if (message.key() == null) {
            return message.verbatim();
        }
        String pattern = lookup(message.key(), locale).orElseGet(() -> {
            LOG.errorf("No text for message key %s", message.key());
            return message.key();
        });
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value =
                    index < message.args().size() ? argument(message.args().get(index), locale) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of a key in a language, if the bundle has one (English falls back to German, never to the JVM's). */
    public static Optional<String> lookup(String key, Locale locale) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "messages." + key.substring(0, dot),
                    isEnglish(locale) ? ENGLISH : Locale.ROOT,
                    Messages.class.getClassLoader(),
                    NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException noBundle) {
            return Optional.empty();
        }
    }

    /**
     * The key of an enum constant's label: the feature of its package, then its class names, then the constant —
     * {@code de.pakt.round.domain.Round.Status.OPEN} is {@code round.enum.Round.Status.OPEN}.
     */
    public static String enumKey(Enum<?> constant) {
        Class<?> type = constant.getDeclaringClass();
        String packageName = type.getPackageName();
        String afterRoot = packageName.startsWith("de.pakt.") ? packageName.substring("de.pakt.".length()) : "common";
        String feature = afterRoot.contains(".") ? afterRoot.substring(0, afterRoot.indexOf('.')) : afterRoot;
        String typeName = type.getName().substring(packageName.length() + 1).replace('$', '.');
        return feature + ".enum." + typeName + "." + constant.name();
    }

    private static String argument(Object arg, Locale locale) {
        if (arg instanceof Message nested) {
            return render(nested, locale);
        }
        if (arg instanceof Enum<?> constant) {
            return lookup(enumKey(constant), locale).orElse(constant.name());
        }
        if (arg instanceof Instant instant) {
            return dateTime(locale).format(instant.atZone(BERLIN));
        }
        if (arg instanceof OffsetDateTime time) {
            return dateTime(locale).format(time.atZoneSameInstant(BERLIN));
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(isEnglish(locale) ? "d MMM yyyy" : "dd.MM.yyyy", locale)
                    .format(date);
        }
        if (arg instanceof Message.Euros euros) {
            return euros(euros.cents(), locale);
        }
        if (arg instanceof Message.Decimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(isEnglish(locale) ? Locale.UK : Locale.GERMANY);
            format.setMinimumFractionDigits(decimal.digits());
            format.setMaximumFractionDigits(decimal.digits());
            return format.format(decimal.value());
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> argument(item, locale)).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return isEnglish(locale)
                ? DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", ENGLISH)
                : DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", GERMAN);
    }

    /** "40.000 €" / "1.250,50 €" in German, "€40,000" / "€1,250.50" in English: cents only when there are some. */
    public static String euros(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(isEnglish(locale) ? Locale.UK : Locale.GERMANY);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        int digits = cents % 100 == 0 ? 0 : 2;
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(cents / 100.0);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }
}
