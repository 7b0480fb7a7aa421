package de.pakt.security;

import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.network.NetworkFixtures;
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
 * OWASP API1:2023 Broken Object Level Authorization: knowing an id (or an e-mail address) gives nothing. Another
 * body's application, another facilitator's site and somebody else's registration do not exist for the caller (404),
 * and registering a person who is already registered never tells who registered them.
 */
@QuarkusTest
class Api1BrokenObjectLevelAuthorizationTest {

    @Test
    void aMunicipalityFindsOnlyItsOwnApplications() {
        String roundId = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        String messkirch = RoundFixtures.submittedApplication(RoundFixtures.MESSKIRCH, roundId, 1_000_000);
        Api.as(Tokens.municipality(RoundFixtures.MESSKIRCH))
                .get("/api/v1/applications/{id}", messkirch)
                .then()
                .statusCode(200);
        Api.as(Tokens.municipality(RoundFixtures.OSTRACH))
                .get("/api/v1/applications/{id}", messkirch)
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(RoundFixtures.OSTRACH))
                .header("If-Match", "\"0\"")
                .post("/api/v1/applications/{id}/withdrawal", messkirch)
                .then()
                .statusCode(404);
    }

    @Test
    void aFacilitatorFindsOnlyTheSitesTheyFacilitate() {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        String lead = SiteFixtures.facilitator("Bola Begleitung", "bola-lead@example.org", 3);
        SiteFixtures.assign(round.stuttgartSite(), Map.of("leadFacilitatorId", lead))
                .statusCode(200);
        String mine = Tokens.facilitator("bola-lead@example.org");
        Api.as(mine)
                .get("/api/v1/sites/{id}/roadmap", round.stuttgartSite())
                .then()
                .statusCode(200);
        Api.as(mine)
                .get("/api/v1/sites/{id}/roadmap", round.karlsruheSite())
                .then()
                .statusCode(404);
        Api.as(Tokens.facilitator("someone-else@example.org"))
                .get("/api/v1/sites/{id}/roadmap", round.stuttgartSite())
                .then()
                .statusCode(404);
    }

    @Test
    void registeringSomebodyAgainRevealsNothingToThoseWhoCannotReadTheRegistration() {
        String event = NetworkFixtures.openEvent(10);
        String office = Tokens.forRole(Roles.PROGRAM_OFFICE);
        var first = NetworkFixtures.register(
                office, event, NetworkFixtures.person("Anna Vertraulich", "anna.vertraulich@example.org"));
        String id = first.path("id");
        // Another caller tries the same address: a conflict without name, organisation, status or id.
        Api.as(Tokens.municipality(RoundFixtures.MESSKIRCH))
                .contentType(ContentType.JSON)
                .body(NetworkFixtures.person("Irgendwer", "ANNA.vertraulich@example.org"))
                .post("/api/v1/events/{id}/registrations", event)
                .then()
                .statusCode(409)
                .body(
                        not(containsString("Vertraulich")),
                        not(containsString(id)),
                        not(containsString("Freundeskreis")),
                        not(containsString("REGISTERED")));
        // Whoever entered it (here also the organiser) gets the registration back, as before.
        Api.as(office)
                .contentType(ContentType.JSON)
                .body(NetworkFixtures.person("Anna Vertraulich", "anna.vertraulich@example.org"))
                .post("/api/v1/events/{id}/registrations", event)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        // And nobody else can cancel it by id.
        Api.as(Tokens.municipality(RoundFixtures.MESSKIRCH))
                .post("/api/v1/registrations/{id}/cancellation", id)
                .then()
                .statusCode(404);
    }
}
