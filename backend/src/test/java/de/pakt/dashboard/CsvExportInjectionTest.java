package de.pakt.dashboard;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.network.NetworkFixtures;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV formula injection (OWASP): values that a spreadsheet would run as formulas are planted through the API by each
 * role that writes text which lands in a dashboard list — the programme office, a facilitator, a municipality — and
 * every list is downloaded as CSV and parsed back. No text cell may start with = + - @, tab or carriage return; the
 * planted values arrive as text, behind an apostrophe.
 */
@QuarkusTest
class CsvExportInjectionTest {

    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1,2)",
            "\tTabulator",
            "\rWagenrücklauf");
    static final List<String> LISTS = List.of(
            "applications", "sites", "budget", "measures", "milestones", "events", "attendance", "facilitators");

    @Test
    void noCsvCellRunsAsAFormula() throws IOException {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        String office = Tokens.forRole(Roles.PROGRAM_OFFICE);
        // The programme office: facilitator names, booking descriptions, milestones, event titles.
        String facilitator = SiteFixtures.facilitator(FORMULAS.get(0), "formel-begleitung@example.org", 3);
        SiteFixtures.assign(round.stuttgartSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        Api.as(office)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MATERIAL",
                        "description",
                        FORMULAS.get(1),
                        "amountCents",
                        100,
                        "bookingDate",
                        "2019-11-01"))
                .post("/api/v1/sites/{id}/bookings", round.stuttgartSite())
                .then()
                .statusCode(201);
        Api.as(office)
                .contentType(ContentType.JSON)
                .body(Map.of("title", FORMULAS.get(2), "dueDate", "2020-02-01"))
                .post("/api/v1/sites/{id}/milestones", round.stuttgartSite())
                .then()
                .statusCode(201);
        String programId = Api.anonymous()
                .get("/api/v1/rounds/{id}", round.roundId())
                .then()
                .statusCode(200)
                .extract()
                .path("programId");
        Map<String, Object> event = NetworkFixtures.eventInput(
                programId, 10, java.time.Instant.now().plus(20, java.time.temporal.ChronoUnit.DAYS));
        event.put("title", FORMULAS.get(3));
        event.put("roundId", round.roundId());
        NetworkFixtures.openEvent(event);
        // A facilitator on the site they lead: goal and measure titles.
        String mine = Tokens.facilitator("formel-begleitung@example.org");
        String goal = Api.as(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("title", FORMULAS.get(4)))
                .post("/api/v1/sites/{id}/goals", round.stuttgartSite())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("title", FORMULAS.get(5)))
                .post("/api/v1/goals/{id}/measures", goal)
                .then()
                .statusCode(201);
        // A municipality on its own site.
        String municipality = Tokens.municipality(RoundFixtures.KARLSRUHE);
        String ownGoal = Api.as(municipality)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Eigenes Ziel"))
                .post("/api/v1/sites/{id}/goals", round.karlsruheSite())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(municipality)
                .contentType(ContentType.JSON)
                .body(Map.of("title", FORMULAS.get(0)))
                .post("/api/v1/goals/{id}/measures", ownGoal)
                .then()
                .statusCode(201);

        List<String> planted = new ArrayList<>();
        for (String list : LISTS) {
            JsonPath table = Api.asRole(Roles.STEERING_GROUP)
                    .get("/api/v1/dashboard/lists/" + list)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> types = table.getList("columns.type");
            byte[] csv = Api.asRole(Roles.STEERING_GROUP)
                    .accept("text/csv, application/problem+json")
                    .get("/api/v1/dashboard/lists/" + list)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<CSVRecord> records = CSVFormat.EXCEL
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
            assertThat(records).isNotEmpty();
            for (CSVRecord record : records.subList(1, records.size())) {
                for (int c = 0; c < record.size(); c++) {
                    String cell = record.get(c);
                    if (!"text".equalsIgnoreCase(types.get(c)) || cell.isEmpty()) {
                        continue;
                    }
                    assertThat("=+-@\t\r".indexOf(cell.charAt(0)))
                            .as("%s list, cell %s", list, cell)
                            .isEqualTo(-1);
                    if (cell.startsWith("'") && FORMULAS.contains(cell.substring(1))) {
                        planted.add(cell.substring(1));
                    }
                }
            }
        }
        // Titles are stored stripped, so the tab and carriage-return ones arrive without their first character.
        assertThat(planted).as("every planted formula arrives as text").containsAll(FORMULAS.subList(0, 4));
    }
}
