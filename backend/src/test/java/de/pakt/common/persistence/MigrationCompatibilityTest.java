package de.pakt.common.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * During a rolling update the replicas of the previous release serve on the schema the new release has migrated
 * (docs/operations.md, "Upgrade and rollback"). So a migration only adds (expand); what removes or changes what the
 * previous release reads (contract) comes one release later and says so with a {@code -- contract:} line. Migrations
 * up to {@link #BASELINE} predate the rule.
 */
class MigrationCompatibilityTest {

    private static final int BASELINE = 12;
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    /**
     * Statements that break a reader of the old schema: gone or renamed columns, tables, views, types, sequences and
     * functions, changed column types, new NOT NULL ({@code COLUMN} is optional in PostgreSQL). Dropping a constraint
     * or a default does not break an old reader.
     */
    private static final Pattern BREAKING = Pattern.compile("\\b(drop\\s+(table|column|view|materialized\\s+view|type"
            + "|sequence|function|schema)\\b"
            + "|alter\\s+table\\s+(if\\s+exists\\s+)?(only\\s+)?\\S+\\s+(drop|rename)\\s+(?!constraint\\b|default\\b)"
            + "|rename\\s+(to|column)\\b"
            + "|alter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type\\b"
            + "|alter\\s+(column\\s+)?\\S+\\s+set\\s+not\\s+null\\b)");

    @Test
    void migrationsAfterTheBaselineOnlyExpandUnlessMarkedAsContract() throws IOException {
        List<String> breaking = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher version = VERSION.matcher(file.getFileName().toString());
                assertThat(version.matches())
                        .as("%s is named V<number>__<description>.sql, so that this check reads it", file.getFileName())
                        .isTrue();
                if (Integer.parseInt(version.group(1)) <= BASELINE) {
                    continue;
                }
                breakingStatements(Files.readString(file))
                        .forEach(statement -> breaking.add(file.getFileName() + ": " + statement));
            }
        }
        assertThat(breaking)
                .as("statements that break the previous release during a rolling update (mark a planned contract"
                        + " step with '-- contract: <what the previous release no longer reads>')")
                .isEmpty();
    }

    @Test
    void theRuleRecognisesWhatBreaksAnOldReader() {
        for (String sql : List.of(
                "alter table site drop column budget_cents;",
                "ALTER TABLE site RENAME COLUMN name TO title;",
                "alter table topic alter column name type text;",
                "alter table topic alter column name set not null;",
                "alter table site drop budget_cents;",
                "alter table site rename name to title;",
                "alter table topic alter name type text;",
                "alter table topic alter name set not null;",
                "drop materialized view site_figures;",
                "drop table registration;")) {
            assertThat(BREAKING.matcher(sql.toLowerCase(Locale.ROOT)).find())
                    .as(sql)
                    .isTrue();
        }
        String expand = "alter table site add column note text; -- its old name is dropped one release later";
        assertThat(BREAKING.matcher(withoutComments(expand)).find())
                .as("comments do not count")
                .isFalse();
        assertThat(BREAKING.matcher("create index x on site (name);").find()).isFalse();
        assertThat(BREAKING.matcher("alter table site drop constraint site_budget_check;")
                        .find())
                .isFalse();
        assertThat(BREAKING.matcher("alter table site alter column note drop not null;")
                        .find())
                .isFalse();
    }

    /**
     * What in one migration breaks the previous release. A file marked {@code -- widens: <column>: <old> → <new>} may
     * change column types: a wider varchar or text holds everything the old release writes and reads as before (the
     * marker names the old widths, so a review can check that nothing narrows). Nothing else is let through by it.
     */
    static List<String> breakingStatements(String sql) {
        List<String> breaking = new ArrayList<>();
        if (sql.contains("-- contract:")) {
            return breaking;
        }
        boolean widens = sql.contains("-- widens:");
        Matcher found = BREAKING.matcher(withoutComments(sql).toLowerCase(Locale.ROOT));
        while (found.find()) {
            if (!(widens && TYPE_CHANGE.matcher(found.group()).matches())) {
                breaking.add(found.group());
            }
        }
        return breaking;
    }

    private static final Pattern TYPE_CHANGE = Pattern.compile("alter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type");

    @Test
    void aWideningMarkerLetsTypeChangesThroughAndNothingElse() {
        String widening = "-- widens: topic.name: varchar(60) → varchar(255)\n"
                + "alter table topic alter column name type varchar(255);";
        assertThat(breakingStatements(widening)).isEmpty();
        assertThat(breakingStatements(widening + "\nalter table topic drop column note;"))
                .singleElement()
                .asString()
                .contains("drop");
        assertThat(breakingStatements("alter table topic alter column name type varchar(255);"))
                .hasSize(1);
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }
}
