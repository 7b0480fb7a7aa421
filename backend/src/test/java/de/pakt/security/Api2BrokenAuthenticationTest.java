package de.pakt.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * OWASP API2:2023 Broken Authentication. Every token that is not one the realm signed for this API, now, is refused
 * with 401 {@code invalid_token} (RFC 6750) — on protected operations and on those that need no token alike, so a
 * client learns that its token is bad instead of silently getting the anonymous answer.
 */
@QuarkusTest
class Api2BrokenAuthenticationTest {

    static List<String> refusedTokens() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair foreignKey = generator.generateKeyPair();
        String forged = Jwt.issuer("https://server.example.com")
                .subject("forger")
                .audience("pakt-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.PROGRAM_OFFICE)))
                .expiresIn(600)
                .jws()
                .keyId("1")
                .sign(foreignKey.getPrivate());
        String otherIssuer = Jwt.issuer("https://evil.example/realms/pakt")
                .subject("x")
                .audience("pakt-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.PROGRAM_OFFICE)))
                .expiresIn(600)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
        String valid = Tokens.forRole(Roles.PROGRAM_OFFICE);
        String[] parts = valid.split("\\.");
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String tampered = parts[0] + "."
                + base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP))
                + "." + parts[2];
        return List.of(
                forged,
                otherIssuer,
                unsigned,
                tampered,
                Tokens.expired(Roles.PROGRAM_OFFICE),
                Tokens.wrongAudience(Roles.PROGRAM_OFFICE),
                "not-a-jwt",
                "");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("refusedTokens")
    void aRefusedTokenIsAnInvalidTokenEvenWhereNoneIsNeeded(String token) {
        for (String path :
                List.of("/api/v1/programs", "/api/v1/public/sites", "/api/v1/audit-events", "/api/v1/dashboard")) {
            Api.withoutToken()
                    .header("Authorization", "Bearer " + token)
                    .get(path)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                    .header("Cache-Control", "no-store")
                    .body("type", equalTo("https://pakt.example.org/problems/unauthorized"));
        }
    }

    @Test
    void otherSchemesAreRefusedToo() {
        Api.withoutToken()
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/api/v1/programs")
                .then()
                .statusCode(401);
    }

    @Test
    void withoutATokenPublicOperationsAnswerAndProtectedOnesAskForOne() {
        Api.anonymous().get("/api/v1/programs").then().statusCode(200);
        Api.withoutToken()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"pakt\""))
                .header("WWW-Authenticate", not(containsString("invalid_token")));
    }

    @Test
    void aValidTokenIsAccepted() {
        Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/audit-events").then().statusCode(200);
        Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/programs").then().statusCode(200);
    }
}
