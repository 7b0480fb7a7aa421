package de.pakt.security;

import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.CuttableProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away (the connection between the service and PostgreSQL is cut, as in a restart or a network
 * failure): every request gets a 503 problem with Retry-After — never a bare 500 — nothing is half-written, and the
 * service answers normally again once the database is back, without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsAwayCallersGet503WithRetryAfterAndTheServiceRecovers() {
        CuttableProxy database = CuttableProxy.database();
        assumeTrue(database != null, "runs against the embedded PostgreSQL only");
        String title = "Während des Ausfalls " + UUID.randomUUID();
        database.cut();
        try {
            for (int i = 0; i < 3; i++) {
                Api.anonymous()
                        .get("/api/v1/programs")
                        .then()
                        .statusCode(503)
                        .header("Retry-After", "5")
                        .body("type", equalTo("https://pakt.example.org/problems/service-unavailable"));
                Api.asRole(Roles.PROGRAM_OFFICE)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", title, "funder", "Land", "coordinatingBody", "FA", "published", true))
                        .post("/api/v1/programs")
                        .then()
                        .statusCode(503)
                        .header("Retry-After", "5");
            }
        } finally {
            database.restore();
        }
        // Pooled connections that broke are dropped as they fail: some more 503s, then normal answers. Bounded by
        // time, not attempts: on a loaded machine the pool may hold more broken connections than quick retries.
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        Response answer;
        do {
            answer = Api.anonymous().get("/api/v1/programs?size=200");
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 503, "got " + answer.statusCode());
            if (answer.statusCode() == 503) {
                sleep();
            }
        } while (answer.statusCode() != 200 && System.nanoTime() < giveUp);
        assertEquals(200, answer.statusCode(), "the service answers again after the outage");
        answer.then().body("items.title", not(hasItem(title)));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title", "Nach dem Ausfall", "funder", "Land", "coordinatingBody", "FA", "published", false))
                .post("/api/v1/programs")
                .then()
                .statusCode(201);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
