package de.pakt.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.security.Roles;
import de.pakt.network.NetworkFixtures;
import de.pakt.notification.service.NotificationPlanner;
import de.pakt.notification.service.NotificationSender;
import de.pakt.privacy.service.Retention;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * DSGVO through the API: access (everything about a person, nothing of another), erasure (the person unfindable,
 * every dashboard figure unchanged, decision records kept with a reason) and retention (dry run, then the job).
 */
@QuarkusTest
class PrivacyTest {

    @Inject
    NotificationPlanner planner;

    @Inject
    NotificationSender sender;

    @Inject
    Retention retention;

    @Inject
    EntityManager em;

    /** One person with data everywhere Pakt keeps personal data, and a second person beside them. */
    record Planted(
            String email,
            String name,
            String phone,
            String token,
            String draftApplication,
            String submittedApplication,
            String registration,
            String facilitator,
            String eventId,
            String otherEmail,
            String otherName) {}

    static Planted plant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "person-" + suffix + "@example.org";
        String name = "Petra Privat " + suffix;
        String phone = "+49 7575 " + suffix.hashCode() % 10000;
        String token = Tokens.person(Roles.MUNICIPALITY, email, email, RoundFixtures.MESSKIRCH);
        // A draft and a submitted application with the person as contact.
        String program = RoundFixtures.program();
        String draftRound = RoundFixtures.openRound(RoundFixtures.roundInput(program));
        Map<String, Object> contact = RoundFixtures.applicationInput(1_000_000);
        contact.put("contactName", name);
        contact.put("contactEmail", email);
        contact.put("contactPhone", phone);
        String draft = RoundFixtures.createApplication(RoundFixtures.OSTRACH, draftRound, contact)
                .path("id");
        String submitted = RoundFixtures.submittedApplication(
                RoundFixtures.MESSKIRCH, RoundFixtures.openRound(RoundFixtures.roundInput(program)), contact);
        // Registered for an event (beside another person), with e-mail choices, a calendar link and a facilitator
        // entry.
        String eventId = NetworkFixtures.openEvent(10);
        String registration = NetworkFixtures.register(eventId, NetworkFixtures.person(name, email))
                .path("id");
        String otherEmail = "other-" + suffix + "@example.org";
        String otherName = "Otto Anders " + suffix;
        NetworkFixtures.register(eventId, NetworkFixtures.person(otherName, otherEmail));
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("language", "DE", "categories", List.of("EVENTS", "APPLICATIONS")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200);
        Api.as(token).post("/api/v1/me/calendar-link").then().statusCode(200);
        String facilitator = SiteFixtures.facilitator(name, email, 2);
        return new Planted(
                email, name, phone, token, draft, submitted, registration, facilitator, eventId, otherEmail, otherName);
    }

    void deliver() {
        planner.runUntilIdle();
        sender.runUntilIdle();
    }

    static JsonPath export(String email) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("email", email)
                .get("/api/v1/personal-data")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void anExportHoldsEveryPlantedDatumOfThePersonAndNothingOfAnother() throws Exception {
        Planted p = plant();
        deliver();
        String json = Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("email", p.email().toUpperCase())
                .get("/api/v1/personal-data")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonPath data = JsonPath.from(json);
        assertThat(data.getList("applications.id"))
                .containsExactlyInAnyOrder(p.draftApplication(), p.submittedApplication());
        assertThat(data.getList("applications.contactName")).containsOnly(p.name());
        assertThat(data.getList("applications.contactPhone")).containsOnly(p.phone());
        assertThat(data.getList("registrations.id")).containsExactly(p.registration());
        assertThat(data.getString("registrations[0].name")).isEqualTo(p.name());
        assertThat(data.getString("registrations[0].organisation")).isEqualTo("Freundeskreis Asyl");
        assertThat(data.getString("facilitator.id")).isEqualTo(p.facilitator());
        assertThat(data.getList("notificationSettings.categories")).containsExactlyInAnyOrder("EVENTS", "APPLICATIONS");
        assertThat(data.getList("notifications.kind")).contains("REGISTRATION_CONFIRMED", "APPLICATION_SUBMITTED");
        assertThat(data.getBoolean("calendarLink")).isTrue();
        assertThat(data.getList("activity.entityType")).contains("notification-settings");
        // A steering-group member's self-export holds their review with its comment.
        String member = "mitglied-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String memberToken = Tokens.person(Roles.STEERING_GROUP, member, member, null);
        String reviewRound = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        String reviewed = RoundFixtures.submittedApplication(RoundFixtures.FREIBURG, reviewRound, 1_000_000);
        RoundFixtures.roundAction(reviewRound, "review-start").statusCode(200);
        Map<String, Object> review = new java.util.HashMap<>(RoundFixtures.scores(3, 4));
        review.put("comment", "Überzeugender Fahrplanentwurf " + member);
        RoundFixtures.review(memberToken, reviewed, review);
        Api.as(memberToken)
                .get("/api/v1/me/personal-data")
                .then()
                .statusCode(200)
                .body("reviews[0].applicationId", equalTo(reviewed))
                .body("reviews[0].comment", equalTo("Überzeugender Fahrplanentwurf " + member));
        assertThat(data.getList("reviews")).isEmpty();

        // Nothing of the other participant.
        assertThat(json).doesNotContain(p.otherName(), p.otherEmail());

        // The person downloads the same, as JSON and as a readable PDF.
        Api.as(p.token())
                .get("/api/v1/me/personal-data")
                .then()
                .statusCode(200)
                .body("registrations[0].id", equalTo(p.registration()))
                .body("facilitator.id", equalTo(p.facilitator()));
        byte[] pdf = Api.as(p.token())
                .accept("application/pdf, application/problem+json")
                .get("/api/v1/me/personal-data/document")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("Meine-Daten-"))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(p.name(), p.email(), p.phone(), "Freundeskreis Asyl");
            assertThat(text).doesNotContain(p.otherName());
        }
    }

    @Test
    void erasureLeavesEveryDashboardFigureUnchangedAndThePersonUnfindable() throws Exception {
        Planted p = plant();
        deliver();
        Object before = dashboard();

        JsonPath erased = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("email", p.email()))
                .post("/api/v1/personal-data/erasure")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(erased.getInt("registrations")).isEqualTo(1);
        assertThat(erased.getInt("applications")).isEqualTo(1); // the draft
        assertThat(erased.getInt("facilitators")).isEqualTo(1);
        assertThat(erased.getInt("notificationSettings")).isEqualTo(1);
        assertThat(erased.getInt("calendarLinks")).isEqualTo(1);
        assertThat(erased.getInt("notifications")).isGreaterThanOrEqualTo(2);
        // The submitted application is part of the funding record: kept, with the reason.
        assertThat(erased.getList("kept.id")).containsExactly(p.submittedApplication());
        assertThat(erased.getString("kept[0].reason")).contains("Förderakte");

        assertThat(dashboard()).isEqualTo(before);
        JsonPath after = export(p.email());
        assertThat(after.getList("applications.id")).containsExactly(p.submittedApplication());
        assertThat(after.getList("registrations")).isEmpty();
        assertThat(after.getString("facilitator")).isNull();
        assertThat(after.getString("notificationSettings")).isNull();
        assertThat(after.getList("notifications")).isEmpty();
        assertThat(after.getBoolean("calendarLink")).isFalse();
        String registrations = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}/registrations", p.eventId())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(registrations).doesNotContain(p.name(), p.email()).contains("Gelöschte Person", p.otherName());
        Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("recipient", p.email())
                .get("/api/v1/notifications")
                .then()
                .body("totalItems", equalTo(0));
        // The audit trail says that an erasure happened, not whom it concerned.
        String trail = Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("entityType", "personal-data")
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(trail).contains("registrations=1").doesNotContain(p.email(), p.name());

        // The event is cancelled afterwards: the other participant is told, the pseudonymised registration is not.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(p.eventId()))
                .body(Map.of("reason", "Raum nicht verfügbar."))
                .post("/api/v1/events/{id}/cancellation", p.eventId())
                .then()
                .statusCode(200);
        deliver();
        List<String> toldOfCancellation = Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("kind", "EVENT_CANCELLED")
                .queryParam("size", 200)
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.recipient");
        assertThat(toldOfCancellation).contains(p.otherEmail()).noneMatch(r -> r.endsWith("@invalid"));

        // Erasing again finds nothing more.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("email", p.email()))
                .post("/api/v1/personal-data/erasure")
                .then()
                .statusCode(200)
                .body("registrations", equalTo(0))
                .body("facilitators", equalTo(0));
    }

    /** A fragment is not an address: erasing "a" would delete every stored answer that quotes an "a". */
    @Test
    void erasureAndExportTakeAWholeAddressOnly() {
        for (String fragment : List.of("", "  ", "a", "@example.org", "erika-at-example")) {
            Api.invalidRequest()
                    .auth()
                    .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", fragment))
                    .post("/api/v1/personal-data/erasure")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("email"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("keine gültige E-Mail-Adresse"));
            Api.invalidRequest()
                    .auth()
                    .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                    .queryParam("email", fragment)
                    .get("/api/v1/personal-data")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("email"));
        }
    }

    /**
     * Every figure of the dashboard. The workload list names facilitators: an erased one is listed under a placeholder
     * (and sorts elsewhere), so that list is compared by facilitator id, without names.
     */
    static Object dashboard() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Api.asRole(Roles.PROGRAM_OFFICE)
                        .get("/api/v1/dashboard")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        var byId = new java.util.TreeMap<String, Object>();
        tree.withArray("facilitators").forEach(f -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("name");
            byId.put(f.get("facilitatorId").asText(), f);
        });
        tree.remove("facilitators");
        return List.of(tree, byId);
    }

    @Test
    void retentionReportsWhatIsDueAndTheJobErasesIt() {
        Planted p = plant();
        deliver();
        // The event ended three years ago.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        update network_event set starts_at = ?2, ends_at = ?3, registration_deadline = ?2
                        where id = ?1""")
                        .setParameter(1, UUID.fromString(p.eventId()))
                        .setParameter(2, Instant.now().minus(1100, ChronoUnit.DAYS))
                        .setParameter(3, Instant.now().minus(1099, ChronoUnit.DAYS))
                        .executeUpdate());
        JsonPath report = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/personal-data/retention")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("rules.kind"))
                .containsExactly("EVENT_PARTICIPANTS", "NOTIFICATIONS", "UNDECIDED_APPLICATION_CONTACTS");
        assertThat(report.getString("rules[0].period")).isEqualTo("P24M");
        assertThat(report.getLong("rules[0].due")).isGreaterThanOrEqualTo(2);
        // The dry run changed nothing.
        assertThat(export(p.email()).getList("registrations")).hasSize(1);

        List<Integer> changed = retention.apply();
        assertThat(changed.get(0)).isGreaterThanOrEqualTo(2);
        assertThat(export(p.email()).getList("registrations")).isEmpty();
        assertThat(export(p.otherEmail()).getList("registrations")).isEmpty();
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/personal-data/retention")
                .then()
                .body("rules[0].due", equalTo(0));
        // The event still counts its two registrations.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}/registrations", p.eventId())
                .then()
                .statusCode(200)
                .body("size()", equalTo(2));
    }
}
