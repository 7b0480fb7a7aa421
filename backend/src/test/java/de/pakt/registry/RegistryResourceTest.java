package de.pakt.registry;

import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RegistryResourceTest {

    @Test
    void searchToleratesUmlautsAndSharpS() {
        Api.anonymous()
                .queryParam("q", "Messkirch")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Meßkirch"))
                .body("items.find { it.key == '08437078' }.district.name", equalTo("Sigmaringen"))
                .body("items.find { it.key == '08437078' }.region.name", equalTo("Tübingen"))
                .body("items.find { it.key == '08437078' }.kind", equalTo("STADT"));
        Api.anonymous()
                .queryParam("q", "Loffingen")
                .queryParam("level", "MUNICIPALITY")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.name", contains("Löffingen"));
        Api.anonymous()
                .queryParam("q", "LOEFFINGEN")
                .queryParam("level", "MUNICIPALITY")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.name", contains("Löffingen"));
        Api.anonymous()
                .queryParam("q", "weilheim an der teck")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.key", hasItem("08116070"));
    }

    @Test
    void hitsNameOnlyTheLevelsAboveThemAndPagesBeyondTheLastKeepTheCount() {
        Api.anonymous()
                .queryParam("q", "Meßkirch")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.find { it.key == '08437078' }.association.name", equalTo("VVG Meßkirch"))
                .body("items.find { it.key == '084375003' }.association.key", equalTo("084375003"))
                .body("items.find { it.key == '084375003' }.district.name", equalTo("Sigmaringen"))
                .body("items.find { it.key == '084375003' }.region.name", equalTo("Tübingen"));
        Api.anonymous()
                .queryParam("key", "08437")
                .queryParam("level", "DISTRICT")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.key", contains("08437"))
                .body("items[0].region.name", equalTo("Tübingen"))
                .body("items[0].district", nullValue())
                .body("items[0].association", nullValue());
        Api.anonymous()
                .queryParam("level", "REGION")
                .queryParam("sort", "key,desc")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.key", contains("084", "083", "082", "081"))
                .body("items.region", everyItem(nullValue()));
        Api.anonymous()
                .queryParam("level", "REGION")
                .queryParam("page", 3)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(4));
    }

    @Test
    void filtersByKeyKreisRegierungsbezirkAndLevel() {
        Api.anonymous()
                .queryParam("level", "REGION")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.name", contains("Freiburg", "Karlsruhe", "Stuttgart", "Tübingen"));
        Api.anonymous()
                .queryParam("level", "DISTRICT")
                .queryParam("size", 1)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(44))
                .body("totalPages", equalTo(44));
        Api.anonymous()
                .queryParam("level", "ASSOCIATION")
                .queryParam("size", 1)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(462));
        Api.anonymous()
                .queryParam("level", "MUNICIPALITY")
                .queryParam("size", 1)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1103));
        // Landkreis Sigmaringen has 25 Gemeinden.
        Api.anonymous()
                .queryParam("districtKey", "08437")
                .queryParam("level", "MUNICIPALITY")
                .queryParam("size", 200)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(25))
                .body("items.key", everyItem(startsWith("08437")));
        Api.anonymous()
                .queryParam("regionKey", "084")
                .queryParam("level", "DISTRICT")
                .queryParam("size", 200)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(9))
                .body("items.name", hasItem("Sigmaringen"))
                .body("items.key", not(hasItem("084")));
        Api.anonymous()
                .queryParam("key", "08437078")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("items.name", contains("Meßkirch"));
    }

    @Test
    void readsOneAreaWithItsHierarchy() {
        Api.asRole(Roles.FACILITATOR)
                .get("/api/v1/administrative-areas/{key}", "082265006")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("GVV Rauenberg"))
                .body("kind", equalTo("GEMEINDEVERWALTUNGSVERBAND"))
                .body("district.name", equalTo("Rhein-Neckar-Kreis"))
                .body("region.key", equalTo("082"))
                .body("association.key", equalTo("082265006"));
        Api.anonymous()
                .get("/api/v1/administrative-areas/{key}", "08128039")
                .then()
                .statusCode(200)
                .body("name", equalTo("Freudenberg"))
                .body("district.name", equalTo("Main-Tauber-Kreis"));
        Api.as(Tokens.municipality("08437078"))
                .get("/api/v1/administrative-areas/{key}", "99999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAreaReadsTheSameAloneAsInASearch() {
        // One of each level: Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde.
        Map<String, String> levels =
                Map.of("084", "REGION", "08437", "DISTRICT", "084375003", "ASSOCIATION", "08437078", "MUNICIPALITY");
        levels.forEach((key, level) -> {
            Map<String, Object> alone = Api.anonymous()
                    .get("/api/v1/administrative-areas/{key}", key)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            Map<String, Object> found = Api.anonymous()
                    .queryParam("key", key)
                    .queryParam("level", level)
                    .get("/api/v1/administrative-areas")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("items.find { it.key == '%s' }".formatted(key));
            assertThat(alone).as("area %s", key).isEqualTo(found);
        });
    }

    @Test
    void badFiltersAreValidationErrors() {
        Api.invalidRequest()
                .queryParam("districtKey", "Sigmaringen")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("districtKey"));
        Api.invalidRequest()
                .queryParam("level", "PLANET")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("level"));
        Api.invalidRequest()
                .queryParam("size", 500)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(400)
                .body("errors.field", contains("size"));
    }
}
