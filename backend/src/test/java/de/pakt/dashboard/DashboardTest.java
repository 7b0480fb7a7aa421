package de.pakt.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.demo.DemoData;
import de.pakt.demo.RoundDemoData;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The dashboard's figures on the demo data against expectations worked out by hand from the seeds and the demo
 * data (see the comments), and the lists and files behind them against the figures.
 */
@QuarkusTest
class DashboardTest {

    static final String ROUND_2 = RoundDemoData.id("round-2").toString();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DemoData demoData;

    @BeforeEach
    void demo() {
        demoData.load();
    }

    static JsonPath dashboard(String query) {
        return Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/dashboard" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void roundTwoFiguresMatchTheSeedsAndTheDemoData() {
        JsonPath d = dashboard("?roundId=" + ROUND_2);
        // Seed 001: 13 sites selected; demo data adds 4 not selected (the first 2 waitlisted).
        assertThat(d.getInt("applications.received")).isEqualTo(17);
        assertThat(d.getInt("applications.selected")).isEqualTo(13);
        assertThat(d.getInt("applications.waitlisted")).isEqualTo(2);
        assertThat(d.getInt("applications.rejected")).isEqualTo(2);
        assertThat(d.getInt("sites.total")).isEqualTo(13);
        assertThat(d.getInt("sites.active")).isEqualTo(13);
        // 13 × 40.000 € granted; each site booked 2 + 3 facilitation days at 900 € and 650 € for an event: 5.150 €.
        assertThat(d.getLong("budget.grantedCents")).isEqualTo(13 * 4_000_000L);
        assertThat(d.getLong("budget.bookedCents")).isEqualTo(13 * 515_000L);
        assertThat(d.getLong("budget.remainingCents")).isEqualTo(13 * (4_000_000L - 515_000L));
        // Roadmaps of Esslingen (3 goals), Reutlingen (3) and Heidenheim (2): 3 measures per goal → 24 measures.
        int measures = d.getInt("measures.planned")
                + d.getInt("measures.inProgress")
                + d.getInt("measures.done")
                + d.getInt("measures.onHold")
                + d.getInt("measures.dropped");
        assertThat(measures).isEqualTo(24);
        int byTopic = d.getList("measuresByTopic.measures", Map.class).stream()
                .mapToInt(m -> ((Map<?, ?>) m)
                        .values().stream()
                                .mapToInt(v -> ((Number) v).intValue())
                                .sum())
                .sum();
        assertThat(byTopic).isEqualTo(24);
        // The same counts as the roadmap feature's own roll-up (a different code path).
        JsonPath progress = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/progress", ROUND_2)
                .then()
                .extract()
                .jsonPath();
        assertThat(d.getMap("measures")).isEqualTo(progress.getMap("measures"));
        assertThat(d.getDouble("progress"))
                .isCloseTo(progress.getDouble("progress"), org.assertj.core.api.Assertions.within(1e-6));
        // Milestones: adopted roadmaps have only the final presentation (20.11.2020) open, the draft one 5 modules → 7
        // overdue.
        assertThat(d.getInt("milestones.overdue")).isEqualTo(7);
        assertThat(d.getInt("milestones.dueSoon")).isZero(); // every open demo milestone lies in 2020
        assertThat(d.getList("milestones.next")).hasSize(7);
        // Round-2 events: kickoff, Großbettlingen and the spring meeting held; the online meeting and the demo
        // conference ahead.
        assertThat(d.getInt("events.held")).isEqualTo(3);
        assertThat(d.getInt("events.upcoming")).isEqualTo(2);
        assertThat(d.getList("events.upcomingEvents.title"))
                .containsExactly("Lernnetzwerktreffen online (Demo)", "Regionalkonferenz Großbettlingen (Demo)");
        // Fatma Yıldız leads the 1st, 7th and 13th site of round 2 (in key order).
        assertThat(d.getInt("facilitators.find { it.name == 'Fatma Yıldız' }.assignedSites"))
                .isEqualTo(3);
        assertThat(d.getList("facilitators")).hasSize(6);
        assertThat(d.getList("districts.sites", Integer.class).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(13);
        assertThat(d.getList("regions.key")).containsExactly("081", "082", "083", "084");
        // Attendance recorded at the held events = the sum over their participant lists.
        int attended = 0;
        int noShows = 0;
        for (String id : List.of(
                RoundDemoData.id("event-auftakt-2").toString(),
                RoundDemoData.id("event-grossbettlingen").toString(),
                RoundDemoData.id("event-netzwerk-2a").toString())) {
            JsonPath participants = Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/events/{id}/registrations", id)
                    .then()
                    .extract()
                    .jsonPath();
            attended +=
                    participants.getList("findAll { it.status == 'ATTENDED' }").size();
            noShows +=
                    participants.getList("findAll { it.status == 'NO_SHOW' }").size();
        }
        assertThat(d.getInt("events.attended")).isEqualTo(attended).isPositive();
        assertThat(d.getInt("events.noShows")).isEqualTo(noShows).isPositive();

        // A Regierungsbezirk filter narrows every site figure to the sites there.
        long inTuebingen = Api.anonymous()
                .get("/api/v1/public/sites?roundId=" + ROUND_2)
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.regionKey == '084' }")
                .size();
        JsonPath tue = dashboard("?roundId=" + ROUND_2 + "&regionKey=084");
        assertThat(tue.getInt("sites.total")).isEqualTo((int) inTuebingen);
        assertThat(tue.getLong("budget.grantedCents")).isEqualTo(inTuebingen * 4_000_000L);
    }

    @Test
    void cohortsPutRoundOneAndTwoSideBySide() {
        JsonPath c = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/dashboard/cohorts?programId=" + DemoData.PROGRAM_ID)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(c.getList("title")).startsWith("Erste Auflage 2018", "Zweite Auflage 2019");
        assertThat(c.getInt("[0].sites.total")).isEqualTo(23);
        assertThat(c.getInt("[0].sites.completed")).isEqualTo(23);
        assertThat(c.getInt("[1].sites.total")).isEqualTo(13);
        assertThat(c.getLong("[0].grantedCents")).isEqualTo(23 * 4_000_000L);
        // Round 1: St. Georgen, Gundelsheim, the Werkstattgespräch and the final presentation.
        assertThat(c.getInt("[0].eventsHeld")).isEqualTo(4);
        assertThat(c.getInt("[1].eventsHeld")).isEqualTo(3);
    }

    @Test
    void everyFigureDrillsDownToItsListAndDownloads() throws IOException {
        JsonPath selected = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/dashboard/lists/applications?roundId=" + ROUND_2 + "&status=SELECTED")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(selected.getList("rows")).hasSize(13);
        assertThat(selected.getList("columns.label")).contains("Bewerber", "Status", "Beantragt (EUR)");
        assertThat(selected.getList("rows.collect { it[3] }")).containsOnly("Ausgewählt");
        assertThat(selected.getList("links", String.class)).allMatch(link -> link.equals("/runden/" + ROUND_2));

        // CSV: UTF-8 with BOM, semicolons, German decimals and dates; the same 13 sites as the figure.
        byte[] csv = Api.asRole(Roles.STEERING_GROUP)
                .accept("text/csv, application/problem+json")
                .get("/api/v1/dashboard/lists/sites?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records).hasSize(13);
        CSVRecord reutlingen = records.stream()
                .filter(r -> r.get("Standort").equals("Reutlingen"))
                .findFirst()
                .orElseThrow();
        assertThat(reutlingen.get("Bewilligt (EUR)")).isEqualTo("40000,00");
        assertThat(reutlingen.get("Gebucht (EUR)")).isEqualTo("5150,00");
        assertThat(reutlingen.get("Regierungsbezirk")).isEqualTo("Tübingen");
        assertThat(reutlingen.get("Status")).isEqualTo("Aktiv");

        // XLSX: typed cells.
        byte[] xlsx = Api.asRole(Roles.STEERING_GROUP)
                .accept(XLSX + ", application/problem+json")
                .get("/api/v1/dashboard/lists/budget?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Buchungen");
            assertThat(sheet.getLastRowNum()).isEqualTo(39); // 13 sites × 3 bookings
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0))).isTrue();
            double total = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                total += sheet.getRow(r).getCell(6).getNumericCellValue();
            }
            assertThat(total).isEqualTo(13 * 5150.0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Art");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Begleittage");
        }

        // Milestones behind "overdue", measures behind a topic, attendance per site.
        JsonPath overdue = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/dashboard/lists/milestones?roundId=" + ROUND_2 + "&status=OVERDUE")
                .then()
                .extract()
                .jsonPath();
        assertThat(overdue.getList("rows")).hasSize(7);
        assertThat(overdue.getList("rows.collect { it[3] }")).containsOnly("Überfällig");
        assertThat(Api.asRole(Roles.PROGRAM_OFFICE)
                        .get("/api/v1/dashboard/lists/measures?roundId=" + ROUND_2 + "&status=DONE")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("rows"))
                .hasSize(dashboard("?roundId=" + ROUND_2).getInt("measures.done"));
        assertThat(Api.asRole(Roles.PROGRAM_OFFICE)
                        .get("/api/v1/dashboard/lists/attendance?roundId=" + ROUND_2)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("rows"))
                .hasSize(13);
        assertThat(Api.asRole(Roles.PROGRAM_OFFICE)
                        .get("/api/v1/dashboard/lists/events?roundId=" + ROUND_2 + "&status=HELD")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("rows"))
                .hasSize(3);
        JsonPath facilitators = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/dashboard/lists/facilitators?roundId=" + ROUND_2 + "&regionKey=084")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(facilitators.getList("rows")).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        assertThat(facilitators.getList("columns.label")).contains("Standorte (laufend)", "Auslastung (%)");
        Api.invalidRequest()
                .header("Authorization", "Bearer " + de.pakt.testsupport.Tokens.forRole(Roles.PROGRAM_OFFICE))
                .get("/api/v1/dashboard/lists/everything")
                .then()
                .statusCode(400);
        Api.asRole(Roles.MUNICIPALITY)
                .get("/api/v1/dashboard/lists/sites")
                .then()
                .statusCode(403);
    }

    @Test
    void anEnglishRequestGetsEnglishListsAndFiles() throws IOException {
        JsonPath measures = Api.asRole(Roles.STEERING_GROUP)
                .header("Accept-Language", "en")
                .get("/api/v1/dashboard/lists/measures?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(measures.getString("title")).isEqualTo("Measures");
        assertThat(measures.getList("columns.label"))
                .containsExactly("Site", "Goal", "Measure", "Topic", "Status", "Progress (%)", "Start", "End");
        assertThat(measures.getList("rows.collect { it[4] }", String.class))
                .isNotEmpty()
                .isSubsetOf("Planned", "In progress", "Done", "On hold", "Dropped");
        assertThat(measures.getList("links", String.class)).allMatch(link -> link.startsWith("/standorte/"));

        // CSV: English headings, labels and numbers; the same file layout (BOM, semicolons).
        byte[] csv = Api.asRole(Roles.STEERING_GROUP)
                .header("Accept-Language", "en")
                .accept("text/csv, application/problem+json")
                .get("/api/v1/dashboard/lists/sites?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("Sites-"))
                .extract()
                .asByteArray();
        CSVRecord reutlingen = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords()
                .stream()
                .filter(r -> r.get("Site").equals("Reutlingen"))
                .findFirst()
                .orElseThrow();
        assertThat(reutlingen.get("Status")).isEqualTo("Active");
        assertThat(reutlingen.get("Granted (EUR)")).isEqualTo("40000.00");

        // XLSX: English sheet, headings and booking kinds; dates stay date cells.
        byte[] xlsx = Api.asRole(Roles.STEERING_GROUP)
                .header("Accept-Language", "en")
                .accept(XLSX + ", application/problem+json")
                .get("/api/v1/dashboard/lists/budget?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Bookings");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Type");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Facilitation days");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0))).isTrue();
        }
    }

    @Test
    void theListsFormFollowsTheAcceptHeader() {
        // JSON when asked for nothing in particular; a weaker CSV preference loses against JSON.
        Api.asRole(Roles.STEERING_GROUP)
                .accept("*/*")
                .get("/api/v1/dashboard/lists/sites?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"));
        Api.asRole(Roles.STEERING_GROUP)
                .accept("text/csv;q=0.5, application/json")
                .get("/api/v1/dashboard/lists/sites?roundId=" + ROUND_2)
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"));
        Api.invalidRequest()
                .header("Authorization", "Bearer " + de.pakt.testsupport.Tokens.forRole(Roles.STEERING_GROUP))
                .accept("application/pdf")
                .get("/api/v1/dashboard/lists/sites?roundId=" + ROUND_2)
                .then()
                .statusCode(406);
    }

    @Test
    void anEnglishRequestGetsTheRoundReportInEnglish() throws IOException {
        byte[] pdf = Api.asRole(Roles.STEERING_GROUP)
                .header("Accept-Language", "en")
                .accept("application/pdf, application/problem+json")
                .get("/api/v1/rounds/{id}/report", ROUND_2)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("Report-Zweite"))
                .extract()
                .asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0]+", " ");
        }
        assertThat(text)
                .contains(
                        "Report: Zweite Auflage 2019",
                        "Summary",
                        "Status of the round Running",
                        "17 applications received: 13 selected, 2 waitlisted, 2 rejected",
                        "Sites and budget",
                        "Granted €520,000, booked €66,950",
                        "Roadmap progress",
                        "Planned In progress Done On hold Dropped",
                        "Learning network",
                        "3 events have been held",
                        "Page 1")
                .doesNotContain("Bewilligt", "Zusammenfassung", "Seite");
    }

    @Test
    void theRoundReportIsAGermanPdfWithTheDashboardsNumbers() throws IOException {
        byte[] pdf = Api.asRole(Roles.STEERING_GROUP)
                .accept("application/pdf, application/problem+json")
                .get("/api/v1/rounds/{id}/report", ROUND_2)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("Bericht-Zweite"))
                .extract()
                .asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper()
                    .getText(doc)
                    .replaceAll("[\\s\u00A0]+", " "); // euro amounts use a no-break space
        }
        assertThat(text)
                .contains(
                        "Bericht: Zweite Auflage 2019",
                        "Zusammenfassung",
                        "Auswahl",
                        "17 Bewerbungen eingegangen: 13 ausgewählt, 2 auf der Warteliste, 2 abgelehnt",
                        "Standorte und Budget",
                        "Esslingen am Neckar",
                        "Reutlingen",
                        "Bewilligt 520.000 €, gebucht 66.950 €",
                        "Fortschritt der Fahrpläne",
                        "Geplant In Arbeit Erledigt Pausiert Verworfen",
                        "Lernnetzwerk",
                        "Regionalkonferenz Großbettlingen",
                        "3 Veranstaltungen haben stattgefunden");
    }
}
