package de.pakt.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.network.NetworkFixtures;
import de.pakt.roadmap.RoadmapResourceTest;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plants personal data everywhere it can live (facilitator contacts, application contacts, registrants, a public
 * measure's responsible person, an online link) and then calls every operation the contract opens to anonymous
 * callers, and every read a reporting system's scopes (public and programme data) reach: no answer may contain any
 * of it, nor anything that looks like an e-mail address or a phone number.
 */
@QuarkusTest
class PublicDataScanTest {

    static final Pattern UUID_OR_DATE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?|\\d{8}T\\d{6}Z?");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** German phone numbers as people write them (0711 4711 0815, +49 711/123456, 07571-12345); registry keys have no separators. */
    static final Pattern PHONE = Pattern.compile("(\\+49 ?|\\b0)[1-9][0-9]{1,4}[ /-][0-9][0-9 /-]{3,}[0-9]");

    @Test
    void noPublicAnswerContainsPersonalData() throws java.io.IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> secrets = new ArrayList<>();
        var d = SiteFixtures.decidedRound();
        String round = d.roundId();
        String program = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}", round)
                .then()
                .extract()
                .path("programId");

        // A facilitator with contact data, leading the site.
        String facilitatorName = "Wilhelmine Geheimrath " + run;
        Map<String, Object> f = new HashMap<>(Map.of(
                "name",
                facilitatorName,
                "homeRegionKey",
                "081",
                "capacity",
                3,
                "email",
                "wilhelmine." + run + "@example.org",
                "phone",
                "0711 4711 0815"));
        String facilitator = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(f)
                .post("/api/v1/facilitators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        SiteFixtures.assign(d.stuttgartSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        secrets.addAll(List.of(facilitatorName, "wilhelmine." + run + "@example.org", "0711 4711 0815"));

        // A public measure whose responsible party is a person.
        String goal = RoadmapResourceTest.create(
                Api.as(Tokens.municipality(RoundFixtures.STUTTGART)),
                "/api/v1/sites/" + d.stuttgartSite() + "/goals",
                Map.of("title", "Lernbegleitung"));
        Map<String, Object> measure = RoadmapResourceTest.measure("Lerninsel " + run, "IN_PROGRESS", 40);
        measure.put("responsible", "Frau Dr. Eusebia Verantwortlich " + run);
        RoadmapResourceTest.create(
                Api.as(Tokens.municipality(RoundFixtures.STUTTGART)), "/api/v1/goals/" + goal + "/measures", measure);
        secrets.add("Eusebia Verantwortlich " + run);

        // A public online event with a registrant, and a good practice.
        Map<String, Object> online =
                NetworkFixtures.eventInput(program, 20, Instant.now().plus(3, ChronoUnit.DAYS));
        online.put("onlineUrl", "https://meet.example.org/geheim-" + run);
        String event = NetworkFixtures.openEvent(online);
        Map<String, Object> person =
                NetworkFixtures.person("Theodora Teilnehmend " + run, "theodora." + run + "@example.org");
        person.put("siteId", d.stuttgartSite());
        NetworkFixtures.register(Tokens.municipality(RoundFixtures.STUTTGART), event, person)
                .response()
                .then()
                .statusCode(201);
        secrets.addAll(List.of("Theodora Teilnehmend " + run, "theodora." + run + "@example.org", "geheim-" + run));
        Api.as(Tokens.municipality(RoundFixtures.STUTTGART))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Lerninsel " + run,
                        "description",
                        "Lernförderung mit der Schule, seit drei Jahren.",
                        "contactRole",
                        "Integrationsstelle der Stadt",
                        "published",
                        true))
                .post("/api/v1/sites/{id}/good-practices", d.stuttgartSite())
                .then()
                .statusCode(201);
        String feed = Api.as(Tokens.forSubject(Roles.MUNICIPALITY, "scan-" + run))
                .post("/api/v1/me/calendar-link")
                .then()
                .extract()
                .path("url");

        Map<String, String> values = Map.of(
                "key",
                RoundFixtures.STUTTGART,
                "programId",
                program,
                "roundId",
                round,
                "siteId",
                d.stuttgartSite(),
                "token",
                feed.substring(feed.lastIndexOf('/') + 1),
                "eventId",
                event);
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> scanned = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            JsonNode get = entry.getValue().get("get");
            if (get == null) {
                return;
            }
            boolean open = get.get("x-pakt-roles").toString().contains("\"anonymous\"");
            boolean integration = get.get("x-pakt-scopes").toString().contains(Scopes.PUBLIC_READ)
                    || get.get("x-pakt-scopes").toString().contains(Scopes.PROGRAMME_READ);
            if (!open && !integration) {
                return;
            }
            String url = path;
            for (var v : values.entrySet()) {
                url = url.replace("{" + v.getKey() + "}", v.getValue());
            }
            assertThat(url).as("every path parameter of %s has a value", path).doesNotContain("{");
            String query = path.endsWith("/administrative-areas")
                    ? "?q=Stuttgart"
                    : path.contains("/public/measures") ? "?size=200" : "";
            // Anonymous callers where the operation is open, and a reporting system (public and programme data, no
            // scope that names personal data) wherever its scopes reach.
            List<String> bodies = new ArrayList<>();
            if (open) {
                bodies.add(Api.anonymous()
                        .accept("application/json, text/calendar, application/problem+json")
                        .get(url + query)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
            }
            if (integration) {
                bodies.add(Api.as(Tokens.integration(Scopes.PUBLIC_READ, Scopes.PROGRAMME_READ))
                        .accept("application/json, text/calendar, application/problem+json")
                        .get(url + query)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
            }
            String body = String.join("\n", bodies);
            // Ids and dates have digit groups with hyphens that could pass for a phone number ("…-0654-4883-8…"): mask
            // them.
            String masked = UUID_OR_DATE.matcher(body).replaceAll("#");
            for (String secret : secrets) {
                assertThat(body).as("%s must not contain %s", path, secret).doesNotContain(secret);
            }
            // iCalendar UIDs look like addresses (<event id>@lernnetzwerk.pakt, as RFC 5545 recommends) and name no
            // one.
            assertThat(EMAIL.matcher(body)
                            .results()
                            .map(m -> m.group())
                            .filter(m -> !m.endsWith("@lernnetzwerk.pakt"))
                            .toList())
                    .as("e-mail addresses in %s", path)
                    .isEmpty();
            assertThat(PHONE.matcher(masked).results().map(m -> m.group()).toList())
                    .as("phone numbers in %s", path)
                    .isEmpty();
            scanned.add(get.get("operationId").asText());
        });
        assertThat(scanned)
                .contains(
                        "listPublicSites",
                        "listPublicMeasures",
                        "listPublicEvents",
                        "listPublicGoodPractices",
                        "getEventCalendar",
                        "getPersonalCalendar",
                        "getSite",
                        "listRoundSites",
                        "getProgram",
                        // Reached by the reporting system's scopes:
                        "listEvents",
                        "getEvent",
                        "getRoadmap",
                        "listSiteBookings",
                        "getRoundProgress",
                        "listGoodPractices",
                        "listChanges");
        // The planted measure is in the catalogue (so the scan looked at the right data), without its responsible
        // person.
        assertThat(Api.anonymous()
                        .get("/api/v1/public/measures?q=" + run)
                        .then()
                        .extract()
                        .jsonPath()
                        .<String>getList("items.title"))
                .containsExactly("Lerninsel " + run);
    }
}
