package de.pakt.common.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundle is complete: German and English name the same keys with the same placeholders, every key the
 * code names exists, and no German sentence is written into a problem in Java any more (issue 14: "one message
 * bundle").
 */
class MessageBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A string literal shaped like a key ("round.notDraft") in the places that take a key (documents: Texts.text). */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Message\\.of|conflict|forbidden|invalid|notFound|response|new FieldViolation|\\.text)\\(\\s*"
                    + "(?:(?:\"[^\"]*\"|[^\"(),]+),\\s*)?\"([a-z]+\\.[A-Za-z0-9.]+)\"(?!\\s*\\+)");
    /** The places that take a key, given German prose instead. */
    private static final Pattern PROSE_USE =
            Pattern.compile("(?:Message\\.of|conflict|forbidden|invalid|notFound|new FieldViolation)\\(\\s*"
                    + "(?:(?:\"[^\"]*\"|[^\"(),]+),\\s*)?\"([^\"]*[ äöüÄÖÜß][^\"]*)\"");

    @Test
    void germanAndEnglishNameTheSameKeysWithTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path german : germanBundles()) {
            Path english =
                    german.resolveSibling(german.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English for " + german).exists();
            Properties de = load(german);
            Properties en = load(english);
            if (!de.stringPropertyNames().equals(en.stringPropertyNames())) {
                Set<String> onlyGerman = new TreeSet<>(de.stringPropertyNames());
                onlyGerman.removeAll(en.stringPropertyNames());
                Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
                onlyEnglish.removeAll(de.stringPropertyNames());
                problems.add(german.getFileName() + ": only German " + onlyGerman + ", only English " + onlyEnglish);
            }
            String feature = german.getFileName().toString().replace(".properties", "");
            for (String key : de.stringPropertyNames()) {
                if (!key.startsWith(feature + ".")) {
                    problems.add(
                            key + " lives in " + german.getFileName() + " but its first segment is not " + feature);
                }
                if (en.containsKey(key)
                        && !placeholders(de.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                    problems.add(key + ": German and English use different placeholders");
                }
                if (de.getProperty(key).isBlank() || en.getProperty(key, "x").isBlank()) {
                    problems.add(key + " has an empty text");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesHasATextInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher m = KEY_USE.matcher(Files.readString(source));
            while (m.find()) {
                String key = m.group(1);
                if (Messages.lookup(key, Locale.GERMAN).isEmpty()
                        || Messages.lookup(key, Locale.ENGLISH).isEmpty()) {
                    missing.add(SOURCES.relativize(source) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noProblemIsWrittenAsGermanProseInJava() throws IOException {
        List<String> prose = new ArrayList<>();
        for (Path source : javaSources()) {
            Matcher m = PROSE_USE.matcher(Files.readString(source));
            while (m.find()) {
                prose.add(SOURCES.relativize(source) + ": \"" + m.group(1) + "\"");
            }
        }
        assertThat(prose).isEmpty();
    }

    @Test
    void everyStatusADocumentShowsHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                de.pakt.application.Application.Status.class,
                de.pakt.budget.Booking.Kind.class,
                de.pakt.dashboard.DashboardLists.MilestoneState.class,
                de.pakt.network.NetworkEvent.Status.class,
                de.pakt.roadmap.Measure.Status.class,
                de.pakt.roadmap.Roadmap.Status.class,
                de.pakt.roadmap.export.RoadmapSnapshot.MilestoneState.class,
                de.pakt.round.FundingRound.Status.class,
                de.pakt.site.Site.Status.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = Messages.enumKey(constant);
                if (Messages.lookup(key, Locale.GERMAN).isEmpty()
                        || Messages.lookup(key, Locale.ENGLISH).isEmpty()) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void argumentsAreRenderedInTheCallersLanguage() {
        Message message = Message.of("common.request.tooMany", 7);
        assertThat(Messages.render(message, Locale.GERMAN))
                .isEqualTo("Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in 7 Sekunden erneut.");
        assertThat(Messages.render(message, Locale.ENGLISH))
                .isEqualTo("Too many requests in a short time. Please try again in 7 seconds.");
        Message nested =
                Message.of("common.field.oneOf", List.of(new Message.Euros(4_000_000), new Message.Euros(125_050)));
        assertThat(Messages.render(nested, Locale.GERMAN))
                .isEqualTo("muss einer dieser Werte sein: 40.000\u00a0€, 1.250,50\u00a0€");
        assertThat(Messages.render(nested, Locale.ENGLISH))
                .isEqualTo("must be one of these values: €40,000, €1,250.50");
        assertThat(Messages.render(
                        Message.of("common.field.dateRange", java.time.LocalDate.of(2026, 3, 1), 2199), Locale.GERMAN))
                .isEqualTo("muss zwischen 01.03.2026 und 2199 liegen");
        assertThat(Messages.render(Message.verbatim("Meßkirch"), Locale.ENGLISH))
                .isEqualTo("Meßkirch");
    }

    @Test
    void aKeyWithoutTextShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.render(Message.of("common.noSuchKey"), Locale.ENGLISH))
                .isEqualTo("common.noSuchKey");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<Path> germanBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties")
                            && !f.toString().endsWith("_en.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
