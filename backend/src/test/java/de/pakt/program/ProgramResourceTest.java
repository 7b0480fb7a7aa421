package de.pakt.program;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class ProgramResourceTest {

    static final String DEFAULT_TITLE = "Integration durch Bürgerschaftliches Engagement – Testprogramm";
    static final String UPDATED_DESCRIPTION = "Zweite Auflage mit 13 Standorten aus allen vier Regierungsbezirken.";

    static Map<String, Object> input(String title, boolean published) {
        return Map.of(
                "title", title,
                "funder", "Ministerium für Soziales und Integration Baden-Württemberg",
                "coordinatingBody", "Führungsakademie Baden-Württemberg",
                "umbrella", "Pakt für Integration mit den Kommunen (2017)",
                "description", "Prozessbegleitung für Kommunen und Landkreise.",
                "processModules",
                        List.of(
                                Map.of("title", "Auftaktgespräch", "description", "Erstes Gespräch"),
                                Map.of("title", "Bestandsaufnahme")),
                "published", published,
                "internalNotes", "Nur für die Programmkoordination");
    }

    static ExtractableResponse<Response> create(String title, boolean published) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input(title, published))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract();
    }

    @Test
    void programOfficeCreatesReadsUpdatesAndDeletesAProgramme() {
        var created = create(DEFAULT_TITLE, true);
        String id = created.path("id");
        assertEquals("\"0\"", created.header("ETag"));
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/programs/" + id));

        var read = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo(DEFAULT_TITLE))
                .body("processModules.title", contains("Auftaktgespräch", "Bestandsaufnahme"))
                .body("internalNotes", equalTo("Nur für die Programmkoordination"))
                .extract();
        String etag = read.header("ETag");

        Map<String, Object> changed = new java.util.HashMap<>(input(DEFAULT_TITLE, true));
        changed.put("description", UPDATED_DESCRIPTION);
        var updated = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(changed)
                .put("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200)
                .body("description", equalTo(UPDATED_DESCRIPTION))
                .extract();
        assertNotEquals(etag, updated.header("ETag"));

        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", updated.header("ETag"))
                .delete("/api/v1/programs/{id}", id)
                .then()
                .statusCode(204);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/programs/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void everyWriteIsInTheAuditTrailWithTheChangedFieldsOnly() {
        String id = create(DEFAULT_TITLE + " Audit", false).path("id");
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/programs/{id}", id)
                .header("ETag");
        Map<String, Object> changed = new java.util.HashMap<>(input(DEFAULT_TITLE + " Audit", false));
        changed.put("description", UPDATED_DESCRIPTION);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(changed)
                .put("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200);

        Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("entityType", "program")
                .queryParam("entityId", id)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changedFields", contains("description"))
                .body(
                        "items[0].actor",
                        equalTo(UUID.nameUUIDFromBytes(Roles.PROGRAM_OFFICE.getBytes())
                                .toString()))
                .body("items[0].actorRoles", contains(Roles.PROGRAM_OFFICE))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].changedFields", hasItems("title", "processModules", "internalNotes"));
    }

    @Test
    void theAnonymousPublicSeesPublishedProgrammesWithoutInternalNotes() {
        String published = create(DEFAULT_TITLE + " öffentlich", true).path("id");
        String draft = create(DEFAULT_TITLE + " Entwurf", false).path("id");

        Api.anonymous()
                .get("/api/v1/programs/{id}", published)
                .then()
                .statusCode(200)
                .body("internalNotes", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("internalNotes")));
        Api.anonymous().get("/api/v1/programs/{id}", draft).then().statusCode(404);
        Api.as(Tokens.municipality("08437078"))
                .get("/api/v1/programs/{id}", draft)
                .then()
                .statusCode(404);
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/programs/{id}", draft)
                .then()
                .statusCode(200)
                .body("internalNotes", notNullValue());

        Api.anonymous()
                .queryParam("size", 200)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(published))
                .body("items.id", not(hasItem(draft)))
                .body("items.internalNotes", not(hasItem(notNullValue())));
    }

    @Test
    void listPagesSortsAndFilters() {
        String marker = "Paging-" + UUID.randomUUID();
        for (String letter : List.of("C", "A", "B")) {
            create(marker + " " + letter, true);
        }
        Api.anonymous()
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("sort", "title,desc")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("size", equalTo(2))
                .body("page", equalTo(0))
                .body("items.title", contains(marker + " C", marker + " B"));
        Api.anonymous()
                .queryParam("q", marker.toLowerCase())
                .queryParam("size", 2)
                .queryParam("page", 1)
                .queryParam("sort", "title,desc")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("items.title", contains(marker + " A"));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String id = create(DEFAULT_TITLE + " ETag", true).path("id");
        Map<String, Object> body = input(DEFAULT_TITLE + " ETag geändert", true);

        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/programs/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("title", equalTo("If-Match fehlt"));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .delete("/api/v1/programs/{id}", id)
                .then()
                .statusCode(428);

        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        // The second editor still holds version 0: refused, nothing is overwritten.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(input("Verloren", true))
                .put("/api/v1/programs/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("\"1\""));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/programs/{id}", id)
                .then()
                .statusCode(412);
        Api.anonymous()
                .get("/api/v1/programs/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo(DEFAULT_TITLE + " ETag geändert"));
    }

    @Test
    void invalidInputIsAnsweredWithEveryFieldError() {
        Map<String, Object> body = Map.of(
                "title", "A",
                "funder", " ",
                "processModules", List.of(Map.of("title", "")));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("instance", equalTo("/api/v1/programs"))
                .body("errors.field", hasItems("title", "processModules[0].title"));

        Map<String, Object> blanks = new java.util.HashMap<>(input("   ", true));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(blanks)
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("title"));
    }

    @Test
    void missingRequiredFieldsAndMalformedJsonAreClearErrors() {
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Nur ein Titel"))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("funder", "coordinatingBody"));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Titel", "funder", "Land", "coordinatingBody", "FA", "published", "vielleicht"))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("published"));
    }

    @Test
    void pagingLimitsAndUnknownSortFieldsAreRefused() {
        Api.invalidRequest()
                .queryParam("size", 201)
                .get("/api/v1/programs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"));
        Api.invalidRequest()
                .queryParam("page", -1)
                .get("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("page"));
        Api.invalidRequest()
                .queryParam("sort", "internalNotes,asc")
                .get("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("sort"));
        Api.anonymous()
                .queryParam("size", 200)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void aReferencedProgrammeCannotBeDeleted() {
        String id = create(DEFAULT_TITLE + " mit Runde", true).path("id");
        ReferencingFeatureStub.REFERENCED.add(UUID.fromString(id));
        try {
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .header("If-Match", "\"0\"")
                    .delete("/api/v1/programs/{id}", id)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/conflict"))
                    .body("detail", containsString("1 Förderrunde"));
            Api.anonymous().get("/api/v1/programs/{id}", id).then().statusCode(200);
        } finally {
            ReferencingFeatureStub.REFERENCED.remove(UUID.fromString(id));
        }
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", "\"0\"")
                .delete("/api/v1/programs/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void unknownIdsAreNotFoundAndMalformedIdsAreBadRequests() {
        Api.anonymous()
                .get("/api/v1/programs/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Nicht gefunden"));
        Api.invalidRequest()
                .get("/api/v1/programs/not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("programId"));
    }
}
