package de.pakt.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.pakt.common.security.Roles;
import de.pakt.demo.SeedNames.UnresolvedNameException;
import de.pakt.demo.SeedSites.SeedSite;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

/** The seeds' rounds as demo data: every name resolves to exactly one key, and the selections are reproduced. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    @Transactional
    void everySeedNameResolvesToExactlyOneOfficialKey() {
        assertThat(SeedNames.resolve(SeedNames.town("Stadt Messkirch", "Meßkirch")))
                .isEqualTo("08437078");
        assertThat(SeedNames.resolve(SeedNames.town("Weilheim Teck", "Weilheim an der Teck")))
                .isEqualTo("08116070");
        assertThat(SeedNames.resolve(SeedNames.town("Freudenberg am Main", "Freudenberg")))
                .isEqualTo("08128039");
        assertThat(SeedNames.resolve(SeedNames.association("Gemeindeverwaltungsverband Rauenberg", "GVV Rauenberg")))
                .isEqualTo("082265006");
        Set<String> keys = new HashSet<>();
        for (List<SeedSite> round : List.of(SeedSites.ROUND_1, SeedSites.ROUND_2)) {
            for (SeedSite site : round) {
                keys.add(SeedNames.resolve(site.applicant()));
                site.partners().forEach(SeedNames::resolve);
            }
        }
        SeedSites.NOT_SELECTED_1.forEach(SeedNames::resolve);
        SeedSites.NOT_SELECTED_2.forEach(SeedNames::resolve);
        assertThat(keys).hasSize(35); // 23 + 13, Freiburg in both rounds
    }

    @Test
    @Transactional
    void aNameThatIsNotExactlyOneKeyFailsTheLoad() {
        // Rheinau is a Gemeinde and an unincorporated area of the same name.
        assertThatThrownBy(() -> SeedNames.resolve(SeedNames.town("Rheinau", "Rheinau")))
                .isInstanceOf(UnresolvedNameException.class)
                .hasMessageContaining("2 official keys");
        assertThatThrownBy(() -> SeedNames.resolve(SeedNames.town("Messkirch", "Messkirch")))
                .isInstanceOf(UnresolvedNameException.class)
                .hasMessageContaining("0 official keys");
    }

    @Test
    void theDemoRoundsReproduceTheSeedsSelectionsAndLoadingTwiceChangesNothing() {
        demoData.load();
        demoData.load();
        String round1 = RoundDemoData.id("round-1").toString();
        String round2 = RoundDemoData.id("round-2").toString();
        JsonPath sites1 = Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", round1)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(sites1.getList("applicant.name"))
                .hasSize(23)
                .contains(
                        "Meßkirch",
                        "Horb am Neckar",
                        "GVV Rauenberg",
                        "GVV Vorderes Kandertal",
                        "Alb-Donau-Kreis",
                        "Zollernalbkreis",
                        "Lörrach",
                        "Tübingen",
                        "Tuttlingen");
        assertThat(sites1.getList("find { it.applicant.name == 'Meßkirch' }.partners.name", String.class))
                .containsExactly("Ostrach");
        // The site detail is read in one statement (SiteQueries), the list through the entities: the same answer.
        for (Map<String, Object> listed : sites1.<Map<String, Object>>getList("")) {
            Map<String, Object> detail = Api.anonymous()
                    .get("/api/v1/sites/{id}", listed.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("");
            assertThat(detail).isEqualTo(listed);
        }
        Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", round2)
                .then()
                .statusCode(200)
                .body("size()", equalTo(13))
                .body(
                        "applicant.name",
                        hasItems("Weilheim an der Teck", "Freudenberg", "Heidenheim an der Brenz", "Reutlingen"))
                .body("regionKey.unique().sort()", equalTo(List.of("081", "082", "083", "084")))
                .body("grantedCents", everyItem(equalTo(4_000_000)));
        Api.anonymous()
                .get("/api/v1/rounds/{id}", round1)
                .then()
                .body("status", equalTo("CLOSED"))
                .body("capPerSiteCents", equalTo(4_000_000));
        Api.anonymous().get("/api/v1/rounds/{id}", round2).then().body("status", equalTo("RUNNING"));
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/decisions", round2)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("FINAL"))
                .body("[0].violations.size()", equalTo(0));
        // The ranking the reviews produce puts the 13 selected first, and the proposal agrees with the decision.
        JsonPath ranking = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/ranking", round2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> rankedFirst =
                ranking.<String>getList("items.applicant.key").subList(0, 13);
        List<String> siteKeys = Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", round2)
                .then()
                .extract()
                .jsonPath()
                .getList("applicant.key");
        assertThat(rankedFirst).containsExactlyInAnyOrderElementsOf(siteKeys);
        JsonPath proposal = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/selection-proposal", round2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(proposal.getInt("selectedSites")).isEqualTo(13);
        assertThat(proposal.getList("quotas.met", Boolean.class)).containsOnly(true);
        Api.anonymous()
                .get("/api/v1/rounds/{id}", RoundDemoData.id("round-3").toString())
                .then()
                .body("status", equalTo("OPEN"));

        // Facilitators within capacity; every round-2 site has a lead and bookings within its grant.
        JsonPath pool = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/facilitators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<java.util.Map<String, Object>> demo = pool.<java.util.Map<String, Object>>getList(
                "findAll { it.email != null && (it.email.endsWith('@example.org') || it.email == 'begleitung@pakt.example.org') }");
        assertThat(demo)
                .isNotEmpty()
                .allSatisfy(f ->
                        assertThat((Integer) f.get("assignedSites")).isLessThanOrEqualTo((Integer) f.get("capacity")));
        JsonPath budget = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/budget", round2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(budget.getLong("grantedCents")).isEqualTo(13 * 4_000_000L);
        assertThat(budget.getList("sites.bookedCents", Long.class))
                .hasSize(13)
                .allSatisfy(b -> assertThat(b).isBetween(1L, 4_000_000L));
        for (String siteId : Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", round2)
                .then()
                .extract()
                .jsonPath()
                .<String>getList("id")) {
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/sites/{id}/facilitation", siteId)
                    .then()
                    .statusCode(200)
                    .body("lead.name", org.hamcrest.Matchers.notNullValue());
        }

        // Demo roadmaps: Meßkirch (round 1, closed) still implements its adopted roadmap; round 2 has roadmaps in
        // several stages.
        String messkirch = sites1.getString("find { it.applicant.name == 'Meßkirch' }.id");
        Api.as(de.pakt.testsupport.Tokens.municipality("08437078"))
                .get("/api/v1/sites/{id}/roadmap", messkirch)
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_IMPLEMENTATION"))
                .body("goals.size()", equalTo(4))
                .body("goals[2].measures.title", hasItems("Lerninsel an der Grundschule"))
                .body("milestones.size()", equalTo(7))
                .body("progress", org.hamcrest.Matchers.notNullValue());
        JsonPath progress = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/rounds/{id}/progress", round2)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(progress.getList("sites.findAll { it.progress != null }")).hasSize(3);
        assertThat(progress.getDouble("progress")).isBetween(1.0, 99.0);
        assertThat(progress.getInt("measures.done")).isPositive();
        assertThat(progress.getInt("measures.dropped")).isPositive();

        // The learning network: the seeds' conferences held and documented, two events ahead, the Lerninsel published.
        JsonPath events = Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/events?status=HELD&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(events.getList("items.title"))
                .contains(
                        "Regionalkonferenz St. Georgen",
                        "Regionalkonferenz Gundelsheim",
                        "Regionalkonferenz Großbettlingen",
                        "Werkstattgespräch Prozessbegleitung",
                        "Abschlusspräsentation der ersten Auflage");
        assertThat(
                        events.getString(
                                "items.find { it.title == 'Regionalkonferenz Gundelsheim' && it.startsAt.startsWith('2018') }.motto"))
                .isEqualTo("Integration durch Arbeit");
        assertThat(
                        events.getString(
                                "items.find { it.title == 'Regionalkonferenz Gundelsheim' && it.startsAt.startsWith('2018') }.status"))
                .isEqualTo("HELD");
        assertThat(
                        events.getString(
                                "items.find { it.title == 'Regionalkonferenz Gundelsheim' && it.startsAt.startsWith('2018') }.documentation.outcomes"))
                .isNotBlank();
        assertThat(Api.anonymous()
                        .get("/api/v1/public/events")
                        .then()
                        .extract()
                        .jsonPath()
                        .<String>getList("findAll { it.status == 'OPEN' }.title"))
                .contains("Lernnetzwerktreffen online (Demo)", "Regionalkonferenz Großbettlingen (Demo)");
        assertThat(Api.anonymous()
                        .get("/api/v1/public/good-practices")
                        .then()
                        .extract()
                        .jsonPath()
                        .<String>getList("title"))
                .contains("Lerninsel", "Runder Tisch Haupt- und Ehrenamt");
        JsonPath exchange = Api.as(de.pakt.testsupport.Tokens.municipality("08437078"))
                .get("/api/v1/sites/{id}/exchange", messkirch)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(exchange.getList("events")).isNotEmpty();
        assertThat(exchange.getList("sitesMet")).isNotEmpty();
    }
}
