package de.pakt.common.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Statements;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request asked again finds the plans of all its statements in Hibernate's query plan cache. A native statement
 * asked for one value of a basic type ({@code createNativeQuery(sql, Long.class)}) stored a new plan at every execution
 * instead, all under one hash, and each lookup then compared against up to 2,048 of them: more than half the CPU of a
 * cached ranking. {@link ScalarQuery} is the form that is found again.
 */
@QuarkusTest
class PlanCacheTest {

    /** Result classes Hibernate maps with its implicit basic-type builder (ADR 0022). */
    private static final Set<String> BASIC_TYPES = Set.of(
            "String",
            "Long",
            "Integer",
            "Short",
            "Byte",
            "Boolean",
            "Character",
            "Double",
            "Float",
            "BigDecimal",
            "BigInteger",
            "UUID",
            "Instant",
            "LocalDate",
            "LocalTime",
            "LocalDateTime",
            "OffsetDateTime",
            "OffsetTime",
            "ZonedDateTime",
            "Duration",
            "Date",
            "Timestamp",
            "byte[]");

    private static final Pattern NATIVE_QUERY = Pattern.compile("createNativeQuery\\(");

    /** The class literal a call's last argument names; the simple name of a qualified one. */
    private static final Pattern LAST_ARGUMENT_CLASS =
            Pattern.compile(",\\s*(?:[\\w$]+\\.)*([\\w$]+(?:\\[\\])?)\\.class\\s*$");

    @Inject
    SessionFactory sessions;

    @Inject
    DemoData demoData;

    /** The plans a request asked once before misses (the fewest of three runs: a background job may miss in one). */
    long missedPlans(Runnable request) {
        request.run();
        return Statements.fewest(() -> sessions.getStatistics().getQueryPlanCacheMissCount(), request);
    }

    long missedPlans(String role, String path) {
        return missedPlans(() -> (role == null ? Api.anonymous() : Api.asRole(role))
                .get(path)
                .then()
                .statusCode(200));
    }

    @Test
    void aRepeatedRequestFindsEveryPlan() {
        demoData.load();
        var decided = SiteFixtures.decidedRound();
        // The ranking's snapshot check (ADR 0021): a text.
        assertThat(missedPlans(Roles.STEERING_GROUP, "/api/v1/rounds/" + decided.roundId() + "/ranking"))
                .isZero();
        // Counts (read on their own only for a page beyond the last): the registry, the public measures; the
        // notification log.
        assertThat(missedPlans(null, "/api/v1/administrative-areas?size=20&q=stadt&page=5000"))
                .isZero();
        assertThat(missedPlans(null, "/api/v1/public/measures?size=20&page=5000"))
                .isZero();
        assertThat(missedPlans(Roles.PROGRAM_OFFICE, "/api/v1/notifications")).isZero();
        // Ids: a municipality's own work; texts and a flag: the personal data of an address.
        assertThat(missedPlans(() -> Api.as(Tokens.municipality(RoundFixtures.STUTTGART))
                        .get("/api/v1/me/overview")
                        .then()
                        .statusCode(200)))
                .isZero();
        assertThat(missedPlans(() -> Api.asRole(Roles.PROGRAM_OFFICE)
                        .queryParam("email", "niemand@example.org")
                        .get("/api/v1/personal-data")
                        .then()
                        .statusCode(200)))
                .isZero();
    }

    /** The rule for the statements no test above runs: no native query asks for a basic result class. */
    @Test
    void noNativeQueryAsksForABasicResultClass() throws IOException {
        List<String> found = new ArrayList<>();
        int calls = 0;
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("ScalarQuery.java"))
                    .toList()) {
                String code = codeOnly(Files.readString(file));
                Matcher call = NATIVE_QUERY.matcher(code);
                while (call.find()) {
                    calls++;
                    Matcher type = LAST_ARGUMENT_CLASS.matcher(arguments(code, call.end(), file));
                    if (type.find() && BASIC_TYPES.contains(type.group(1))) {
                        long line = code.substring(0, call.start()).lines().count();
                        found.add(sources.relativize(file) + ":" + line + " (" + type.group(1) + ".class)");
                    }
                }
            }
        }
        assertThat(calls).as("native queries found in the sources").isGreaterThan(50);
        assertThat(found).as("use ScalarQuery.of for these").isEmpty();
    }

    /** The source with its comments and its string, text block and character literals blanked (lines kept). */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = closing(source, "*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = i + 3;
                while (!source.startsWith("\"\"\"", end) || source.charAt(end - 1) == '\\') {
                    end = closing(source, "\"\"\"", end + 1);
                }
                // A text block may end in quotes of its own: the block closes at the last three.
                while (end + 3 < source.length() && source.charAt(end + 3) == '"') {
                    end++;
                }
                end += 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= source.length()) {
                    throw new IllegalStateException("unterminated literal at offset " + i);
                }
                end++;
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (code.charAt(j) != '\n') {
                    code.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return code.toString();
    }

    private static int closing(String source, String token, int from) {
        int at = source.indexOf(token, from);
        if (at < 0) {
            throw new IllegalStateException("no closing " + token + " after offset " + from);
        }
        return at;
    }

    /** The code between a call's opening parenthesis (at {@code start}) and its closing one. */
    static String arguments(String code, int start, Path file) {
        int depth = 1;
        int i = start;
        for (; depth > 0; i++) {
            if (i >= code.length()) {
                throw new IllegalStateException(file + ": a createNativeQuery( call is not closed");
            }
            depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
        }
        return code.substring(start, i - 1);
    }
}
