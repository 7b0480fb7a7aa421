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

    private static final Set<String> BASIC_TYPES = Set.of(
            "String",
            "Long",
            "Integer",
            "Short",
            "Boolean",
            "Double",
            "BigDecimal",
            "BigInteger",
            "UUID",
            "Instant",
            "LocalDate",
            "LocalDateTime",
            "OffsetDateTime",
            "Object");

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
        // Counts: a page of the registry beyond the last, the public measures, the notification log.
        assertThat(missedPlans(null, "/api/v1/administrative-areas?size=20&q=stadt&page=5000"))
                .isZero();
        assertThat(missedPlans(null, "/api/v1/public/measures?size=20")).isZero();
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
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("ScalarQuery.java"))
                    .toList()) {
                String text = Files.readString(file);
                Matcher call = Pattern.compile("createNativeQuery\\(").matcher(text);
                while (call.find()) {
                    String arguments = arguments(text, call.end());
                    Matcher type = Pattern.compile(",\\s*(\\w+)\\.class\\s*$").matcher(arguments);
                    if (type.find() && BASIC_TYPES.contains(type.group(1))) {
                        long line = text.substring(0, call.start()).lines().count();
                        found.add(sources.relativize(file) + ":" + line + " (" + type.group(1) + ".class)");
                    }
                }
            }
        }
        assertThat(found).as("use ScalarQuery.of for these").isEmpty();
    }

    /** The text between a call's opening parenthesis (at {@code start}) and its closing one, strings skipped. */
    static String arguments(String text, int start) {
        int depth = 1;
        int i = start;
        while (depth > 0 && i < text.length()) {
            if (text.startsWith("\"\"\"", i)) {
                i = text.indexOf("\"\"\"", i + 3) + 3;
                continue;
            }
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return text.substring(start, i - 1);
    }
}
