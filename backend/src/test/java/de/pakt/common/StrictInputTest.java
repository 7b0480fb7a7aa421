package de.pakt.common;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The input rules every operation shares (openapi.yaml's introduction): strict JSON types, no control characters,
 * bounded dates, UUIDs in paths, a media type for every body, literal search text — each refusal a 400 that names
 * the field, never a 500 and never a silent coercion.
 */
@QuarkusTest
class StrictInputTest {

    static RequestSpecification office() {
        return Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON);
    }

    static Map<String, Object> facilitator(String field, Object value) {
        Map<String, Object> body =
                new HashMap<>(Map.of("name", "Strenge Eingabe", "homeRegionKey", "081", "capacity", 2));
        body.put(field, value);
        return body;
    }

    @Test
    void valuesMustHaveTheDeclaredType() {
        for (Object[] wrong : new Object[][] {
            {"capacity", 2.5},
            {"capacity", "2"},
            {"capacity", true},
            {"name", 42},
            {"dayRateCents", 9.5},
            {"expertise", "Ehrenamt"}
        }) {
            office().body(facilitator((String) wrong[0], wrong[1]))
                    .post("/api/v1/facilitators")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(wrong[0]));
        }
        office().body(Map.of("title", "x", "funder", "Land", "coordinatingBody", "FA", "published", "ja"))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("published"));
    }

    @Test
    void textWithControlCharactersIsRefusedButLineBreaksAndEmojiAreFine() {
        office().body(facilitator("name", "Anna\u0000Beispiel"))
                .post("/api/v1/facilitators")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("Steuerzeichen"));
        office().body(facilitator("name", "Bell\u0007"))
                .post("/api/v1/facilitators")
                .then()
                .statusCode(400);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Zeilen 🙂",
                        "funder",
                        "Land",
                        "coordinatingBody",
                        "FA",
                        "description",
                        "Erste Zeile\nZweite\tZeile",
                        "published",
                        false))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("title", equalTo("Zeilen 🙂"));
        Api.invalidRequest()
                .urlEncodingEnabled(false)
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .get("/api/v1/audit-events?entityId=%00")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("entityId"));
    }

    @Test
    void datesOutsideTheDocumentedRangeAreRefused() {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        for (String date :
                new String[] {"+999999999-12-31", "10000-01-01", "0000-01-01", "-0001-01-01", "1899-12-31", "2019-02-30"
                }) {
            office().body(Map.of("kind", "MATERIAL", "description", "Datum", "amountCents", 100, "bookingDate", date))
                    .post("/api/v1/sites/{id}/bookings", round.stuttgartSite())
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("bookingDate"));
        }
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind", "MATERIAL", "description", "Datum", "amountCents", 100, "bookingDate", "2199-12-31"))
                .post("/api/v1/sites/{id}/bookings", round.stuttgartSite())
                .then()
                .statusCode(201);
    }

    @Test
    void malformedIdsAreA400NamingTheParameter() {
        Api.invalidRequest()
                .get("/api/v1/programs/not-a-uuid")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("programId"));
        Api.invalidRequest().get("/api/v1/programs/1-2-3-4-5").then().statusCode(400);
        Api.anonymous().get("/api/v1/programs/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void queryParametersOfEveryTypeAreConvertedOrA400NamingThem() {
        String token = Tokens.forRole(Roles.STEERING_GROUP);
        Api.anonymous().get("/api/v1/public/events?from=2026-01-01").then().statusCode(200);
        Api.as(token)
                .queryParam("from", "2026-01-01T00:00:00Z")
                .get("/api/v1/events")
                .then()
                .statusCode(200);
        Api.anonymous().get("/api/v1/rounds?status=OPEN").then().statusCode(200);
        Api.as(token)
                .get("/api/v1/events?status=OPEN&kind=REGIONAL_CONFERENCE")
                .then()
                .statusCode(200);
        Api.anonymous()
                .get("/api/v1/programs?published=true&page=0&size=5")
                .then()
                .statusCode(200);
        for (String[] bad : new String[][] {
            {"/api/v1/public/events?from=+999999999-12-31", "from"},
            {"/api/v1/public/events?from=morgen", "from"},
            {"/api/v1/events?from=2026-13-01T00:00:00Z", "from"},
            {"/api/v1/rounds?status=NOPE", "status"},
            {"/api/v1/events?kind=PARTY", "kind"},
            {"/api/v1/programs?published=ja", "published"},
            {"/api/v1/programs?size=zwanzig", "size"},
            {"/api/v1/events?siteId=not-a-uuid", "siteId"}
        }) {
            Api.invalidRequest()
                    .auth()
                    .oauth2(token)
                    .get(bad[0])
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws java.io.IOException {
        String body = "{\"title\":\"x\",\"funder\":\"Land\",\"coordinatingBody\":\"FA\",\"published\":true}";
        // A raw request: HTTP clients add a Content-Type of their own when they are given a body.
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.getOutputStream()
                    .write(("POST /api/v1/programs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + Tokens.forRole(Roles.PROGRAM_OFFICE) + "\r\nContent-Length: " + body.length()
                                    + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(answer)
                    .startsWith("HTTP/1.1 415")
                    .contains("application/problem+json");
        }
    }

    @Test
    void searchTextIsMatchedLiterally() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "100% Beteiligung " + marker,
                        "funder",
                        "Land",
                        "coordinatingBody",
                        "FA",
                        "published",
                        true))
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
        Api.anonymous()
                .queryParam("size", 200)
                .queryParam("q", "0% Beteiligung " + marker)
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        // "%" finds only programmes with a literal percent sign in a searched field, not every programme.
        java.util.List<Map<String, Object>> found = Api.anonymous()
                .queryParam("size", 200)
                .queryParam("q", "%")
                .get("/api/v1/programs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        org.assertj.core.api.Assertions.assertThat(found)
                .isNotEmpty()
                .allMatch(
                        p -> (p.get("title") + "|" + p.get("funder") + "|" + p.get("coordinatingBody")).contains("%"));
        Api.anonymous()
                .queryParam("q", "_")
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    /** ... and the taken value (here an e-mail address) appears in no log line, although PostgreSQL's error names it. */
    @Test
    void aTakenValueIsA409NamingTheFieldAndNotLogged() {
        String email = "doppelt-" + UUID.randomUUID() + "@example.org";
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                java.io.StringWriter text = new java.io.StringWriter();
                text.append(new java.util.logging.SimpleFormatter().formatMessage(record));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new java.io.PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .contentType(ContentType.JSON)
                    .body(facilitator("email", email))
                    .post("/api/v1/facilitators")
                    .then()
                    .statusCode(201);
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .contentType(ContentType.JSON)
                    .body(facilitator("email", email.toUpperCase()))
                    .post("/api/v1/facilitators")
                    .then()
                    .statusCode(409)
                    .body("errors[0].field", equalTo("email"));
        } finally {
            root.removeHandler(capture);
        }
        org.assertj.core.api.Assertions.assertThat(logged)
                .noneMatch(line -> line.toLowerCase().contains(email));
    }
}
