package de.pakt.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-checks the project's registry, as the API serves it, against the official 2019 Gemeindeverzeichnis
 * extract (Destatis GV-ISys, a test fixture in src/test/resources/reference with its attribution): every key, name and
 * parent of all 1,103 Gemeinden, all 44 Kreise and all 462 Gemeindeverbände.
 */
@QuarkusTest
class RegistryReferenceTest {

    static final Path REFERENCE = Path.of(System.getProperty("pakt.reference.dir", "src/test/resources/reference"));

    @Test
    void everyGemeindeMatchesTheOfficialRegistry() throws IOException {
        List<Map<String, String>> reference = csv("bw_gemeinden_registry_2019.csv");
        assertEquals(1103, reference.size());
        Map<String, Map<String, Object>> served = all("MUNICIPALITY");
        assertEquals(reference.size(), served.size(), "number of Gemeinden");
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : reference) {
            Map<String, Object> area = served.get(row.get("ags"));
            if (area == null) {
                mismatches.add(row.get("ags") + " missing");
                continue;
            }
            check(mismatches, row.get("ags"), "name", row.get("name"), area.get("name"));
            check(mismatches, row.get("ags"), "regionalKey", row.get("ars"), area.get("regionalKey"));
            check(mismatches, row.get("ags"), "association", row.get("verband_ars"), area.get("parentKey"));
            check(mismatches, row.get("ags"), "district", row.get("kreis_ags"), nested(area, "district", "key"));
            check(mismatches, row.get("ags"), "districtName", row.get("kreis_name"), nested(area, "district", "name"));
            check(
                    mismatches,
                    row.get("ags"),
                    "region",
                    row.get("regierungsbezirk_code"),
                    nested(area, "region", "key"));
            check(
                    mismatches,
                    row.get("ags"),
                    "regionName",
                    row.get("regierungsbezirk"),
                    nested(area, "region", "name"));
        }
        assertTrue(
                mismatches.isEmpty(),
                () -> mismatches.size() + " mismatches, e.g. "
                        + mismatches.subList(0, Math.min(10, mismatches.size())));
    }

    @Test
    void everyKreisMatchesTheOfficialRegistry() throws IOException {
        List<Map<String, String>> reference = csv("bw_kreise_2019.csv");
        assertEquals(44, reference.size());
        Map<String, Map<String, Object>> served = all("DISTRICT");
        assertEquals(44, served.size());
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : reference) {
            Map<String, Object> area = served.get(row.get("ags"));
            if (area == null) {
                mismatches.add(row.get("ags") + " missing");
                continue;
            }
            check(mismatches, row.get("ags"), "name", row.get("name"), area.get("name"));
            check(mismatches, row.get("ags"), "kind", row.get("type").toUpperCase(), area.get("kind"));
            check(mismatches, row.get("ags"), "region", row.get("regierungsbezirk_code"), area.get("parentKey"));
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.toString());
    }

    @Test
    void everyGemeindeverbandMatchesTheOfficialRegistry() throws IOException {
        List<Map<String, String>> reference = csv("bw_verwaltungsverbaende_2019.csv");
        assertEquals(462, reference.size());
        Map<String, Map<String, Object>> served = all("ASSOCIATION");
        assertEquals(462, served.size());
        Map<String, String> kinds = Map.of(
                "Einheitsgemeinde (verbandsfrei)", "EINHEITSGEMEINDE",
                "Gemeindeverwaltungsverband", "GEMEINDEVERWALTUNGSVERBAND",
                "Vereinbarte Verwaltungsgemeinschaft", "VEREINBARTE_VERWALTUNGSGEMEINSCHAFT");
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : reference) {
            Map<String, Object> area = served.get(row.get("ars"));
            if (area == null) {
                mismatches.add(row.get("ars") + " missing");
                continue;
            }
            check(mismatches, row.get("ars"), "kind", kinds.get(row.get("type")), area.get("kind"));
            check(mismatches, row.get("ars"), "district", row.get("kreis_ags"), area.get("parentKey"));
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.toString());
    }

    private static void check(List<String> mismatches, String key, String field, Object expected, Object actual) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            mismatches.add(key + " " + field + ": expected " + expected + ", served " + actual);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object nested(Map<String, Object> area, String ref, String field) {
        Object value = area.get(ref);
        return value == null ? null : ((Map<String, Object>) value).get(field);
    }

    /** Every area of one level, through the paged API. */
    private static Map<String, Map<String, Object>> all(String level) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        int page = 0;
        int pages;
        do {
            JsonPath json = Api.anonymous()
                    .queryParam("level", level)
                    .queryParam("size", 200)
                    .queryParam("page", page)
                    .queryParam("sort", "key,asc")
                    .get("/api/v1/administrative-areas")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            pages = json.getInt("totalPages");
            for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
                byKey.put((String) item.get("key"), item);
            }
            page++;
        } while (page < pages);
        return byKey;
    }

    static List<Map<String, String>> csv(String file) throws IOException {
        Path path = REFERENCE.resolve(file);
        assertTrue(Files.exists(path), "reference file missing: " + path.toAbsolutePath());
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }
}
