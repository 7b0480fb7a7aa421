package de.pakt.topic;

import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TopicResourceTest {

    @Test
    void theTaxonomyStartsWithTheSeedsTopicsAndIsEditedByTheProgrammeOffice() {
        // Other tests add topics too; the seeds' eight are there, in their order.
        java.util.List<String> names = Api.anonymous()
                .get("/api/v1/topics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name");
        java.util.List<String> seeds = java.util.List.of(
                "Spracherwerb und Bildung",
                "Arbeit und Ausbildung",
                "Ehrenamt und bürgerschaftliches Engagement",
                "Teilhabe und Partizipation",
                "Kinder und Familie",
                "Wohnen",
                "Interkultureller Dialog",
                "Strukturen in Verwaltung und Politik");
        org.assertj.core.api.Assertions.assertThat(
                        names.stream().filter(seeds::contains).toList())
                .isEqualTo(seeds);

        String name = "Gesundheit " + UUID.randomUUID().toString().substring(0, 6);
        var created = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "position", 99))
                .post("/api/v1/topics")
                .then()
                .statusCode(201)
                .body("active", equalTo(true))
                .extract();
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase()))
                .post("/api/v1/topics")
                .then()
                .statusCode(409)
                .body("detail", containsString("gibt es schon"));
        Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Anderes"))
                .post("/api/v1/topics")
                .then()
                .statusCode(403);

        // Retired, not deleted: what refers to it stays readable.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(Map.of("name", name + " und Pflege", "position", 99, "active", false))
                .put("/api/v1/topics/{id}", (String) created.path("id"))
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " und Pflege"))
                .body("active", equalTo(false));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(Map.of("name", name))
                .put("/api/v1/topics/{id}", (String) created.path("id"))
                .then()
                .statusCode(412);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("name", "Wohnen"))
                .put("/api/v1/topics/{id}", (String) created.path("id"))
                .then()
                .statusCode(409);
    }
}
