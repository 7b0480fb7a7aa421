package de.pakt.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.security.VerifiedTokenCache;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Metrics;
import de.pakt.testsupport.Tokens;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.FREIBURG;
import static de.pakt.round.RoundFixtures.KARLSRUHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * A caller's second request with the same access token is answered from the tokens this replica verified (ADR 0020)
 * — as that caller, with its own claims, roles and scopes — and never once the token has expired or for a token that
 * differs from a verified one in any byte.
 */
@QuarkusTest
class TokenCacheTest {

    private static final String LOOKUPS = "pakt_token_cache_lookups_total";

    @Inject
    @Any
    Instance<SecurityIdentityAugmentor> augmentors;

    private static double hits() {
        return Metrics.value(LOOKUPS, "result=\"hit\"");
    }

    @Test
    void theSecondRequestIsAnsweredFromTheCacheWithTheCallersOwnClaims() {
        String roundId = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        String applicationId = RoundFixtures.createApplication(
                        FREIBURG, roundId, RoundFixtures.applicationInput(4_000_000))
                .path("id");
        String freiburg = Tokens.municipality(FREIBURG);
        String karlsruhe = Tokens.municipality(KARLSRUHE);

        double before = hits();
        for (int i = 0; i < 2; i++) {
            Api.as(freiburg)
                    .get("/api/v1/me/overview")
                    .then()
                    .statusCode(200)
                    .body("applications.id", hasItem(applicationId));
            Api.as(karlsruhe)
                    .get("/api/v1/me/overview")
                    .then()
                    .statusCode(200)
                    .body("applications.id", not(hasItem(applicationId)));
        }

        assertThat(hits() - before).as("each token's second request").isEqualTo(2);
    }

    @Test
    void rolesAndScopesFromTheCacheAreEnforcedAsBefore() {
        String steering = Tokens.forRole(Roles.STEERING_GROUP);
        String reader = Tokens.integration(Scopes.PUBLIC_READ);

        double before = hits();
        for (int i = 0; i < 2; i++) {
            Api.as(steering).get("/api/v1/audit-events").then().statusCode(403);
            Api.as(steering).get("/api/v1/dashboard").then().statusCode(200);
            Api.as(reader).get("/api/v1/webhook-subscriptions").then().statusCode(403);
            Api.as(reader).get("/api/v1/public/sites").then().statusCode(200);
        }

        assertThat(hits() - before)
                .as("the steering group's last three requests, the reader's last three")
                .isEqualTo(6);
    }

    @Test
    void aTokenThatDiffersFromAVerifiedOneIsVerifiedInFull() {
        String valid = Tokens.forRole(Roles.PROGRAM_OFFICE);
        Api.as(valid).get("/api/v1/audit-events").then().statusCode(200);
        String[] parts = valid.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.replace("test-program-office", "test-program-offic3")
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        double before = hits();
        Api.as(tampered)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        Api.as(valid + "x").get("/api/v1/audit-events").then().statusCode(401);

        assertThat(hits()).isEqualTo(before);
        Api.as(valid).get("/api/v1/audit-events").then().statusCode(200);
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Api.asRole(Roles.PROGRAM_OFFICE).get("/api/v1/audit-events").then().statusCode(200); // a warm path
        long expiresAt = Instant.now().getEpochSecond() + 5;
        String shortLived = Tokens.expiringAt(Roles.PROGRAM_OFFICE, expiresAt);
        Api.as(shortLived).get("/api/v1/audit-events").then().statusCode(200);
        double before = hits();
        Api.as(shortLived).get("/api/v1/audit-events").then().statusCode(200);
        assertThat(hits() - before).as("the token is in the cache").isEqualTo(1);

        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(200);
        }

        Api.as(shortLived)
                .get("/api/v1/audit-events")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        assertThat(hits() - before).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        String forAnotherAudience = Tokens.wrongAudience(Roles.PROGRAM_OFFICE); // signed, unexpired, not for Pakt
        double before = hits();
        for (int i = 0; i < 2; i++) {
            Api.as(forAnotherAudience).get("/api/v1/audit-events").then().statusCode(401);
        }
        assertThat(hits()).isEqualTo(before);
    }

    /**
     * The cache keeps an identity as the OIDC provider made it, before any other augmentor adds to it, and those
     * augmentors run again on every hit: an augmentor at the same priority would run in no set order.
     */
    @Test
    void theCacheSeesEveryIdentityBeforeAnyOtherAugmentor() {
        assertThat(augmentors.stream()
                        .filter(augmentor -> !(augmentor instanceof VerifiedTokenCache))
                        .mapToInt(SecurityIdentityAugmentor::priority))
                .allMatch(priority -> priority < Integer.MAX_VALUE);
        assertThat(augmentors.stream().filter(VerifiedTokenCache.class::isInstance))
                .hasSize(1);
    }
}
