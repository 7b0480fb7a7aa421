package de.pakt.roadmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.pakt.roadmap.RoadmapResourceTest.create;
import static de.pakt.roadmap.RoadmapResourceTest.measure;
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static de.pakt.round.RoundFixtures.STUTTGART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The roadmap documents a municipality keeps, parsed back: what a reader sees, in German formatting. */
@QuarkusTest
class RoadmapExportTest {

    static final String PDF = "application/pdf, application/problem+json";
    static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json";

    String site;
    String siteName;

    @BeforeEach
    void roadmapWithGoalsMeasuresAndAdoption() {
        var d = SiteFixtures.decidedRound();
        site = d.stuttgartSite();
        siteName =
                Api.anonymous().get("/api/v1/sites/{id}", site).then().extract().path("applicant.name");
        var stuttgart = Api.as(Tokens.municipality(STUTTGART));
        stuttgart
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("vision", "Alle finden Anschluss an Vereine und Ehrenamt."))
                .put("/api/v1/sites/{id}/roadmap", site)
                .then()
                .statusCode(200);
        String learning = create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + site + "/goals",
                Map.of(
                        "title",
                        "Lernbegleitung ausbauen",
                        "indicator",
                        Map.of("name", "Kinder in der Lerninsel", "baseline", 0, "target", 30, "current", 12.5)));
        Map<String, Object> lerninsel = measure("Lerninsel für Grundschulkinder", "IN_PROGRESS", 40);
        lerninsel.put("responsible", "Schulsozialarbeit");
        create(Api.as(Tokens.municipality(STUTTGART)), "/api/v1/goals/" + learning + "/measures", lerninsel);
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/goals/" + learning + "/measures",
                measure("Sprachcafé", "DONE", 0));
        create(
                Api.as(Tokens.municipality(STUTTGART)),
                "/api/v1/sites/" + site + "/goals",
                Map.of("title", "Ehrenamt stärken mit Ayşe Yıldız"));
        String etag = Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/roadmap", site)
                .header("ETag");
        Api.as(Tokens.municipality(STUTTGART))
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("adoptedOn", "2020-02-13", "councilResolution", "GR-Drucksache 17/2020"))
                .post("/api/v1/sites/{id}/roadmap/adoption", site)
                .then()
                .statusCode(200);
    }

    @Test
    void thePdfIsAGermanDocumentOfTheWholeRoadmap() throws IOException {
        var response = Api.as(Tokens.municipality(STUTTGART))
                .accept(PDF)
                .get("/api/v1/sites/{id}/roadmap/export?format=pdf", site)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("filename*=UTF-8''Fahrplan-"))
                .extract();
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Fahrplan " + siteName);
            PDFTextStripper stripper = new PDFTextStripper();
            // Line breaks of narrow table columns folded into spaces.
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Fahrplan " + siteName,
                        "Vision",
                        "Alle finden Anschluss an Vereine und Ehrenamt.",
                        "Beschlossen",
                        "13.02.2020",
                        "GR-Drucksache 17/2020",
                        "Ziele und Maßnahmen",
                        "Lernbegleitung ausbauen",
                        "Lerninsel für Grundschulkinder",
                        "Schulsozialarbeit",
                        "Lucas-Moser-Schule",
                        "01.11.2019 – 31.07.2020",
                        "In Arbeit",
                        "Erledigt",
                        "Meilensteine",
                        "Auftaktgespräch",
                        "Abschlusspräsentation");
        // German numbers: the indicator's 12.5 prints as 12,5; the goal's progress is the mean of 40 and 100.
        assertThat(text).contains("aktuell 12,5", "Fortschritt 70 %", "40 %", "100 %");
        // Names beyond Latin-1 print, because the font is embedded.
        assertThat(text).contains("Ayşe Yıldız");
        assertThat(text)
                .contains("Stand "
                        + LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void theWorkbookHasTypedCells() throws IOException {
        byte[] bytes = Api.as(Tokens.municipality(STUTTGART))
                .accept(XLSX)
                .get("/api/v1/sites/{id}/roadmap/export?format=xlsx", site)
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Fahrplan", "Ziele", "Maßnahmen", "Meilensteine");
            Sheet overview = book.getSheet("Fahrplan");
            Map<String, Cell> facts = new HashMap<>();
            for (Row row : overview) {
                facts.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
            assertThat(facts.get("Standort").getStringCellValue()).isEqualTo(siteName);
            assertThat(facts.get("Status").getStringCellValue()).isEqualTo("Beschlossen");
            assertDate(facts.get("Beschlossen am"), LocalDate.of(2020, 2, 13));
            assertThat(facts.get("Fortschritt").getNumericCellValue()).isEqualTo(70.0);

            Sheet goals = book.getSheet("Ziele");
            assertThat(goals.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Indikator");
            assertThat(goals.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lernbegleitung ausbauen");
            assertThat(goals.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(12.5);
            assertThat(goals.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(30.0);
            assertThat(goals.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Ehrenamt stärken mit Ayşe Yıldız");
            assertThat(goals.getRow(2).getCell(7))
                    .as("a goal without measures has no progress")
                    .isNull();

            Sheet measures = book.getSheet("Maßnahmen");
            Row lerninsel = measures.getRow(1);
            assertThat(lerninsel.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(lerninsel.getCell(1).getStringCellValue()).isEqualTo("Lerninsel für Grundschulkinder");
            assertThat(lerninsel.getCell(3).getStringCellValue()).isEqualTo("Spracherwerb und Bildung");
            assertThat(lerninsel.getCell(5).getStringCellValue()).isEqualTo("Lucas-Moser-Schule");
            assertDate(lerninsel.getCell(6), LocalDate.of(2019, 11, 1));
            assertDate(lerninsel.getCell(7), LocalDate.of(2020, 7, 31));
            assertThat(lerninsel.getCell(8).getStringCellValue()).isEqualTo("In Arbeit");
            assertThat(lerninsel.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lerninsel.getCell(9).getNumericCellValue()).isEqualTo(40.0);
            assertThat(measures.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Erledigt");
            assertThat(measures.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(100.0);

            Sheet milestones = book.getSheet("Meilensteine");
            assertThat(milestones.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Auftaktgespräch");
            assertThat(milestones.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void anEnglishRequestGetsEnglishDocuments() throws IOException {
        var pdf = Api.as(Tokens.municipality(STUTTGART))
                .header("Accept-Language", "en")
                .accept(PDF)
                .get("/api/v1/sites/{id}/roadmap/export?format=pdf", site)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''Roadmap-"))
                .extract();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Roadmap " + siteName);
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Adopted",
                        "13 Feb 2020",
                        "Goals and measures",
                        "current 12.5",
                        "Progress 70%",
                        "In progress",
                        "Done",
                        "Milestones")
                .doesNotContain("Erledigt", "Fortschritt", "Seite");

        byte[] bytes = Api.as(Tokens.municipality(STUTTGART))
                .header("Accept-Language", "en")
                .accept(XLSX)
                .get("/api/v1/sites/{id}/roadmap/export?format=xlsx", site)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Roadmap", "Goals", "Measures", "Milestones");
            Map<String, Cell> facts = new HashMap<>();
            for (Row row : book.getSheet("Roadmap")) {
                facts.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
            assertThat(facts.get("Status").getStringCellValue()).isEqualTo("Adopted");
            assertDate(facts.get("Adopted on"), LocalDate.of(2020, 2, 13));
            Sheet measures = book.getSheet("Measures");
            assertThat(measures.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Status");
            assertThat(measures.getRow(1).getCell(8).getStringCellValue()).isEqualTo("In progress");
            assertThat(measures.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Done");
        }
    }

    @Test
    void exportsFollowTheRoadmapsAccessRules() {
        Api.as(Tokens.municipality(KARLSRUHE))
                .accept(PDF)
                .get("/api/v1/sites/{id}/roadmap/export?format=pdf", site)
                .then()
                .statusCode(404);
        Api.asRole(Roles.STEERING_GROUP)
                .accept(XLSX)
                .get("/api/v1/sites/{id}/roadmap/export?format=xlsx", site)
                .then()
                .statusCode(200);
        Api.invalidRequest()
                .header("Authorization", "Bearer " + Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/roadmap/export?format=docx", site)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("format"));
        Api.withoutToken()
                .accept(PDF)
                .get("/api/v1/sites/{id}/roadmap/export?format=pdf", site)
                .then()
                .statusCode(401);
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }
}
