package de.pakt.me;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.network.NetworkFixtures;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.FREIBURG;
import static de.pakt.round.RoundFixtures.openRound;
import static de.pakt.round.RoundFixtures.program;
import static de.pakt.round.RoundFixtures.roundAction;
import static de.pakt.round.RoundFixtures.roundInput;
import static org.assertj.core.api.Assertions.assertThat;

/** "Meine Arbeit": each role finds its own work in one answer, and nobody else's. */
@QuarkusTest
class MyOverviewTest {

    private static JsonPath overview(String token) {
        return Api.as(token)
                .get("/api/v1/me/overview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> task(JsonPath o, String kind, String idField, String id) {
        return o.getMap("tasks.find { it.kind == '" + kind + "' && it." + idField + " == '" + id + "' }");
    }

    @Test
    void aMunicipalitySeesItsApplicationWithItsNextStepAndNothingOfOthers() {
        String roundId = openRound(roundInput(program()));
        String mine = Tokens.municipality(FREIBURG);
        var created = RoundFixtures.createApplication(FREIBURG, roundId, RoundFixtures.applicationInput(4_000_000));
        String applicationId = created.path("id");

        JsonPath draft = overview(mine);
        assertThat(draft.getString("applications.find { it.id == '" + applicationId + "' }.nextStep"))
                .isEqualTo("SUBMIT");
        assertThat(task(draft, "APPLICATION_DRAFT", "applicationId", applicationId))
                .containsEntry("roundId", roundId)
                .containsKey("dueDate");
        assertThat(draft.getList("allowedActions", String.class)).contains("applyForFunding");
        assertThat(overview(Tokens.municipality(RoundFixtures.KARLSRUHE)).getList("applications.id", String.class))
                .doesNotContain(applicationId);

        Api.as(mine)
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/applications/{id}/submission", applicationId)
                .then()
                .statusCode(200);
        JsonPath submitted = overview(mine);
        assertThat(submitted.getString("applications.find { it.id == '" + applicationId + "' }.nextStep"))
                .isEqualTo("AWAIT_REVIEW");
        assertThat(task(submitted, "APPLICATION_DRAFT", "applicationId", applicationId))
                .isNull();

        // The programme office's inbox counts it with the round's other submitted applications.
        JsonPath office = overview(Tokens.forRole(Roles.PROGRAM_OFFICE));
        assertThat(task(office, "APPLICATIONS_SUBMITTED", "roundId", roundId)).containsEntry("count", 1);
        assertThat(office.getList("allowedActions", String.class))
                .contains("createProgram", "createRound", "createEvent", "viewDashboard");
    }

    @Test
    void aFacilitatorSeesOwnSitesWithOverdueMilestonesAndUpcomingEventsButNotOtherSites() {
        var d = SiteFixtures.decidedRound();
        String email = "overview-" + System.nanoTime() + "@example.org";
        String facilitatorId = SiteFixtures.facilitator("Hanna Überblick", email, 3);
        SiteFixtures.assign(d.stuttgartSite(), Map.of("leadFacilitatorId", facilitatorId))
                .statusCode(200);
        String milestoneId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Beteiligungswerkstatt",
                        "dueDate",
                        LocalDate.now().minusDays(3).toString()))
                .post("/api/v1/sites/{id}/milestones", d.stuttgartSite())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String token = Tokens.facilitator(email);

        JsonPath o = overview(token);
        assertThat(o.getList("sites.id", String.class))
                .contains(d.stuttgartSite())
                .doesNotContain(d.karlsruheSite());
        assertThat(o.getString("sites.find { it.id == '" + d.stuttgartSite() + "' }.name"))
                .isEqualTo("Stuttgart");
        assertThat(o.getList("sites.find { it.id == '" + d.stuttgartSite() + "' }.nextMilestones", Map.class))
                .anySatisfy(m -> assertThat(m).containsEntry("id", milestoneId).containsEntry("overdue", true));
        assertThat(task(o, "MILESTONE_OVERDUE", "milestoneId", milestoneId))
                .containsEntry("urgency", "OVERDUE")
                .containsEntry("siteId", d.stuttgartSite())
                .containsEntry("detail", "Beteiligungswerkstatt");
        assertThat(o.getList("tasks.kind", String.class).indexOf("MILESTONE_OVERDUE"))
                .isZero();
        assertThat(o.getList("allowedActions", String.class)).containsExactly("createEvent");

        // The office sees the other site without a lead facilitator; the assigned one is no longer a task.
        JsonPath office = overview(Tokens.forRole(Roles.PROGRAM_OFFICE));
        assertThat(task(office, "SITE_WITHOUT_LEAD_FACILITATOR", "siteId", d.karlsruheSite()))
                .isNotNull();
        assertThat(task(office, "SITE_WITHOUT_LEAD_FACILITATOR", "siteId", d.stuttgartSite()))
                .isNull();

        // A completed site's open milestones are nobody's task any more.
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/sites/{id}", d.stuttgartSite())
                .header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", etag)
                .post("/api/v1/sites/{id}/activation", d.stuttgartSite())
                .then()
                .statusCode(200);
        etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/sites/{id}", d.stuttgartSite())
                .header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", etag)
                .post("/api/v1/sites/{id}/completion", d.stuttgartSite())
                .then()
                .statusCode(200);
        assertThat(task(overview(token), "MILESTONE_OVERDUE", "milestoneId", milestoneId))
                .isNull();
    }

    @Test
    void eachSteeringGroupMemberSeesTheReviewsTheyStillOwe() {
        Map<String, Object> input = roundInput(program());
        input.put("quotas", List.of());
        String roundId = openRound(input);
        String applicationId = RoundFixtures.submittedApplication(FREIBURG, roundId, 4_000_000);
        roundAction(roundId, "review-start").statusCode(200);
        String anna = RoundFixtures.member("anna-overview");
        String ben = RoundFixtures.member("ben-overview");

        assertThat(task(overview(anna), "REVIEWS_TO_DO", "roundId", roundId)).containsEntry("count", 1);
        assertThat(overview(anna).getList("allowedActions", String.class)).contains("reviewApplications");
        RoundFixtures.review(anna, applicationId, RoundFixtures.scores(4, 3));

        assertThat(task(overview(anna), "REVIEWS_TO_DO", "roundId", roundId)).isNull();
        assertThat(task(overview(ben), "REVIEWS_TO_DO", "roundId", roundId)).containsEntry("count", 1);
    }

    @Test
    void registrationsSomebodyEnteredAreInTheirOverview() {
        String eventId = NetworkFixtures.openEvent(10);
        String municipality = Tokens.municipality(RoundFixtures.MESSKIRCH);
        String registrationId = NetworkFixtures.register(
                        municipality, eventId, NetworkFixtures.person("Erika Kollegin", "erika.overview@example.org"))
                .path("id");

        JsonPath o = overview(municipality);
        assertThat(o.getMap("registrations.find { it.id == '" + registrationId + "' }"))
                .containsEntry("eventId", eventId)
                .containsEntry("personName", "Erika Kollegin")
                .containsEntry("status", "REGISTERED");
        assertThat(overview(Tokens.municipality(RoundFixtures.OSTRACH)).getList("registrations.id", String.class))
                .doesNotContain(registrationId);
    }

    @Test
    void aMunicipalityThatNamesNoSiteRegistersForItsOwnSoTheExchangeCountsIt() {
        var d = SiteFixtures.decidedRound();
        String eventId = NetworkFixtures.openEvent(10);
        var registration = NetworkFixtures.register(
                Tokens.municipality(RoundFixtures.STUTTGART),
                eventId,
                NetworkFixtures.person("Sven Stuttgart", "sven.overview@example.org"));
        assertThat(registration.statusCode()).isEqualTo(201);
        assertThat((String) registration.path("siteId")).isEqualTo(d.stuttgartSite());
    }
}
