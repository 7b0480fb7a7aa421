package de.pakt.security;

import java.util.HashMap;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * OWASP API3:2023 Broken Object Property Level Authorization: a caller cannot write the properties the server owns
 * (ids, versions, timestamps, statuses: mass assignment), cannot read the personal properties of people it has no
 * business with, and an unverified e-mail claim never makes anybody a facilitator of a site.
 */
@QuarkusTest
class Api3BrokenObjectPropertyLevelAuthorizationTest {

    @Test
    void propertiesTheServerOwnsCannotBeWritten() {
        Map<String, Object> program = new HashMap<>(
                Map.of("title", "Zuweisung", "funder", "Land", "coordinatingBody", "FA", "published", true));
        program.put("id", "5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11");
        program.put("createdAt", "2001-01-01T00:00:00Z");
        program.put("version", 99);
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body(program)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .body("id", not(equalTo("5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11")))
                .body("createdAt", not(containsString("2001")))
                .header("ETag", not(equalTo("\"99\"")));
        String roundId = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        Map<String, Object> application = RoundFixtures.applicationInput(1_000_000);
        application.put("status", "SUBMITTED");
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.municipality(RoundFixtures.MESSKIRCH))
                .contentType(ContentType.JSON)
                .body(application)
                .post("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void facilitatorsContactDataIsNotOnThePublicSite() {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        String facilitator = SiteFixtures.facilitator("Petra Privat", "petra.privat@example.org", 2);
        SiteFixtures.assign(round.stuttgartSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        for (String token : new String[] {
            null, Tokens.forRole(Roles.INTEGRATION_CLIENT), Tokens.municipality(RoundFixtures.MESSKIRCH)
        }) {
            (token == null ? Api.anonymous() : Api.as(token))
                    .get("/api/v1/sites/{id}", round.stuttgartSite())
                    .then()
                    .statusCode(200)
                    .body(not(containsString("petra.privat@example.org")));
        }
    }

    @Test
    void onlyAVerifiedEmailLinksALoginToAFacilitator() {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        String facilitator = SiteFixtures.facilitator("Vera Verifiziert", "vera@example.org", 2);
        SiteFixtures.assign(round.karlsruheSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        // Somebody signs up with Vera's address but never verifies it: nothing.
        String impostor = Tokens.facilitatorLogin("impostor", "vera@example.org", false);
        Api.as(impostor)
                .get("/api/v1/sites/{id}/roadmap", round.karlsruheSite())
                .then()
                .statusCode(404);
        // Vera's login with the verified address is linked on first use, by its subject.
        Api.as(Tokens.facilitator("vera@example.org"))
                .get("/api/v1/sites/{id}/roadmap", round.karlsruheSite())
                .then()
                .statusCode(200);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/facilitators/{id}", facilitator)
                .then()
                .statusCode(200)
                .body(
                        "accountSubject",
                        equalTo(java.util
                                .UUID
                                .nameUUIDFromBytes("vera@example.org".getBytes())
                                .toString()));
        // A second account that later gets the same verified address does not take the pool entry over.
        String second = Tokens.facilitatorLogin("second-account", "vera@example.org", true);
        Api.as(second)
                .get("/api/v1/sites/{id}/roadmap", round.karlsruheSite())
                .then()
                .statusCode(404);
    }

    @Test
    void theProgrammeOfficeCanLinkALoginBySubject() {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", "Sina Subjekt", "homeRegionKey", "081", "capacity", 2, "accountSubject", "kc-user-4711"));
        String facilitator = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/facilitators")
                .then()
                .statusCode(201)
                .body("accountSubject", equalTo("kc-user-4711"))
                .extract()
                .path("id");
        SiteFixtures.assign(round.stuttgartSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        Api.as(Tokens.facilitatorWithSubject("kc-user-4711"))
                .get("/api/v1/sites/{id}/roadmap", round.stuttgartSite())
                .then()
                .statusCode(200);
        // Taken subjects are refused with the field named, not with a 500.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/facilitators")
                .then()
                .statusCode(409)
                .body("errors.field", org.hamcrest.Matchers.hasItem("accountSubject"));
    }
}
