package de.pakt.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every answer names its request, so that a user's report finds the log lines and the trace. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersIdIsAnsweredAndQuotedByProblemDetails() {
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("X-Request-Id", "spa-4f1c2b7a-0001")
                .get("/api/v1/programs/{id}", "00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "spa-4f1c2b7a-0001")
                .body("requestId", equalTo("spa-4f1c2b7a-0001"));
    }

    @Test
    void withoutAnIdTheServerGivesOne() {
        Response answer = Api.anonymous().get("/api/v1/public/sites");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("X-Request-Id")).matches(UUID_PATTERN);
        String other = Api.anonymous().get("/api/v1/public/sites").header("X-Request-Id");
        assertThat(other).matches(UUID_PATTERN).isNotEqualTo(answer.header("X-Request-Id"));
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        Response answer = RestAssured.given()
                .header("X-Request-Id", "x\u00a0INFO forged line <script>")
                .get("/api/v1/public/sites");
        assertThat(answer.header("X-Request-Id")).matches(UUID_PATTERN);
        String tooShort = RestAssured.given()
                .header("X-Request-Id", "abc")
                .get("/api/v1/public/sites")
                .header("X-Request-Id");
        assertThat(tooShort).matches(UUID_PATTERN);
    }

    @Test
    void anUnexpectedErrorsSupportIdIsTheRequestId() {
        RestAssured.given()
                .header("X-Request-Id", "support-case-00042")
                .get("/api/v1/test-only/failure")
                .then()
                .statusCode(500)
                .header("X-Request-Id", "support-case-00042")
                .body("requestId", equalTo("support-case-00042"))
                .body("detail", containsString("support-case-00042"));
    }

    @Test
    void theLogLinesOfARequestCarryItsId() {
        List<String> idsLogged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("de.pakt")) {
                    idsLogged.add(String.valueOf(ext.getMdc("requestId")));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            RestAssured.given()
                    .header("X-Request-Id", "support-case-00043")
                    .get("/api/v1/test-only/failure")
                    .then()
                    .statusCode(500);
        } finally {
            root.removeHandler(capture);
        }
        assertThat(idsLogged).isNotEmpty().containsOnly("support-case-00043");
    }
}
