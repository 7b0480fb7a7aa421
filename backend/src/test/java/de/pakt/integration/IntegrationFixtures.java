package de.pakt.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Changes to follow, and the feed read to its end, through the API. */
public final class IntegrationFixtures {

    private IntegrationFixtures() {}

    public static Map<String, Object> program(String title) {
        return new HashMap<>(Map.of("title", title, "funder", "Land", "coordinatingBody", "FA", "published", true));
    }

    /** A published programme: one {@code program.created} change. Answers its id and ETag. */
    public static String[] createProgram(String title) {
        var created = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(program(title))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract();
        return new String[] {created.path("id"), created.header("ETag")};
    }

    /** Renames a programme: one {@code program.changed} change. Answers the new ETag. */
    public static String renameProgram(String id, String etag, String title) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(program(title))
                .put("/api/v1/programs/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The cursor at the current end of the feed (as the programme office sees it). */
    public static String end() {
        String cursor = "";
        while (true) {
            JsonPath page = page(Tokens.forRole(Roles.PROGRAM_OFFICE), cursor, 1000);
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    public static JsonPath page(String token, String after, int limit) {
        RequestSpecification caller = Api.as(token);
        if (!after.isEmpty()) {
            caller.queryParam("after", after);
        }
        return caller.queryParam("limit", limit)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every entry after {@code after}, read in pages of {@code limit}. */
    public static List<Map<String, Object>> readAll(String token, String after, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = page(token, cursor, limit);
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return all;
            }
        }
    }
}
