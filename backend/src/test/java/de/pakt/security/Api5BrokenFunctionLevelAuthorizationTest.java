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
import de.pakt.common.security.Scopes;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OWASP API5:2023 Broken Function Level Authorization. Every operation declares who may call it (RoleMatrixTest calls
 * each one as every role and compares with these declarations); here: the declarations themselves are complete and
 * consistent, administrative functions stay with the programme office, no write is open to anonymous callers, and
 * integration clients write only with a write scope.
 */
@QuarkusTest
class Api5BrokenFunctionLevelAuthorizationTest {

    record Declared(
            String operationId, String method, Set<String> roles, Set<String> scopes, boolean anonymousInSecurity) {}

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
                    Set<String> scopes = new TreeSet<>();
                    op.getValue().path("x-pakt-scopes").forEach(s -> scopes.add(s.asText()));
                    boolean anonymous = false;
                    for (JsonNode requirement : op.getValue().path("security")) {
                        anonymous |= requirement.isEmpty();
                    }
                    all.add(new Declared(
                            op.getValue().get("operationId").asText(),
                            op.getKey().toUpperCase(),
                            roles,
                            scopes,
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

    /** Integration clients write only where a write scope says so: their own registrations and webhooks. */
    @Test
    void noWriteIsOpenToAnonymousCallersNorToIntegrationClientsWithoutAWriteScope() throws IOException {
        Set<String> writeScopes = Set.of(Scopes.EVENTS_WRITE, Scopes.WEBHOOKS_MANAGE);
        for (Declared op : operations()) {
            if (!op.method().equals("GET")) {
                assertFalse(op.roles().contains("anonymous"), op.operationId() + " lets anonymous callers write");
                if (op.roles().contains(Roles.INTEGRATION_CLIENT)) {
                    assertTrue(
                            !op.scopes().isEmpty() && writeScopes.containsAll(op.scopes()),
                            op.operationId() + " lets integration clients write without a write scope");
                }
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
