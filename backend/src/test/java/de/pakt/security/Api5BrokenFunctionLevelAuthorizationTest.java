package de.pakt.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * OWASP API5:2023 Broken Function Level Authorization. Every operation declares who may call it (RoleMatrixTest calls
 * each one as every role and compares with these declarations); here: the declarations themselves are complete and
 * consistent, administrative functions stay with the programme office, and no write is open to integration clients
 * or anonymous callers.
 */
@QuarkusTest
class Api5BrokenFunctionLevelAuthorizationTest {

    record Declared(String operationId, String method, Set<String> roles, boolean anonymousInSecurity) {}

    static List<Declared> operations() throws IOException {
        List<Declared> all = new ArrayList<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Api.CONTRACT.toFile())
                .get("paths");
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!op.getValue().has("operationId")) {
                        return;
                    }
                    Set<String> roles = new TreeSet<>();
                    op.getValue().path("x-pakt-roles").forEach(r -> roles.add(r.asText()));
                    boolean anonymous = false;
                    for (JsonNode requirement : op.getValue().path("security")) {
                        anonymous |= requirement.isEmpty();
                    }
                    all.add(new Declared(
                            op.getValue().get("operationId").asText(),
                            op.getKey().toUpperCase(),
                            roles,
                            anonymous));
                }));
        return all;
    }

    @Test
    void everyOperationDeclaresItsCallersConsistently() throws IOException {
        for (Declared op : operations()) {
            assertFalse(op.roles().isEmpty(), op.operationId() + " declares no roles");
            assertEquals(
                    op.roles().contains("anonymous"),
                    op.anonymousInSecurity(),
                    op.operationId() + ": x-pakt-roles and the security requirement disagree about anonymous callers");
        }
    }

    @Test
    void noWriteIsOpenToAnonymousCallersOrIntegrationClients() throws IOException {
        for (Declared op : operations()) {
            if (!op.method().equals("GET")) {
                assertFalse(op.roles().contains("anonymous"), op.operationId() + " lets anonymous callers write");
                assertFalse(
                        op.roles().contains(Roles.INTEGRATION_CLIENT),
                        op.operationId() + " lets integration clients write");
            }
        }
    }

    @Test
    void administrativeFunctionsStayWithTheProgrammeOffice() {
        Map<String, Object> round = RoundFixtures.roundInput(RoundFixtures.program());
        for (String token : List.of(
                Tokens.municipality(RoundFixtures.MESSKIRCH),
                Tokens.forRole(Roles.FACILITATOR),
                Tokens.forRole(Roles.STEERING_GROUP),
                Tokens.forRole(Roles.INTEGRATION_CLIENT))) {
            Api.as(token)
                    .contentType(ContentType.JSON)
                    .body(round)
                    .post("/api/v1/rounds")
                    .then()
                    .statusCode(403);
            Api.as(token).get("/api/v1/audit-events").then().statusCode(403);
            Api.as(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Neues Thema"))
                    .post("/api/v1/topics")
                    .then()
                    .statusCode(403);
        }
    }
}
