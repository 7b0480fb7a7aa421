package de.pakt.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.common.web.GermanTime;
import de.pakt.network.NetworkFixtures;
import de.pakt.notification.service.NotificationPlanner;
import de.pakt.notification.service.NotificationReminders;
import de.pakt.notification.service.NotificationSender;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.SmtpServerResource;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * Notifications end to end: a change through the API, the real planner and sender (run by the test, so that what it
 * asserts is deterministic; in production every replica runs them every 2 s) and a real SMTP server that receives
 * the e-mails. Every test uses addresses of its own.
 */
@QuarkusTest
class NotificationTest {

    static final String APP = "https://app.pakt.test.example";
    static final String OFFICE = "programmbuero@pakt.test.example";

    @Inject
    NotificationPlanner planner;

    @Inject
    NotificationSender sender;

    @Inject
    NotificationReminders reminders;

    /** One received e-mail, its parts decoded. */
    record Received(String to, String subject, String text, String html, String calendar, String messageId) {}

    @BeforeEach
    void drainEarlierTests() {
        deliver();
    }

    /**
     * Runs the planner and the sender until no notification waits for another attempt, as the job's rounds every 2 s
     * do in production: an e-mail whose relay connection failed once (GreenMail has stalled a connection for 30 s in
     * CI) is tried again after the test retry schedule's 0.2 s, and the test sees what the recipient gets in the end.
     */
    void deliver() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        deliverOnce();
        while (pending() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            deliverOnce();
        }
        // Still waiting after 90 s is a defect (a lost lease, a retry that never comes), not something to pass over.
        assertThat(pending()).as("notifications still pending after 90 s").isZero();
    }

    /** One round of the job: what is due now, nothing that waits for a retry. */
    void deliverOnce() {
        planner.runUntilIdle();
        sender.runUntilIdle();
    }

    static int pending() {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("status", "PENDING")
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static List<Received> inbox(String recipient) {
        List<Received> found = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            try {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equalsIgnoreCase(recipient)) {
                        found.add(decode(recipient, m));
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    static Received decode(String to, MimeMessage m) throws MessagingException, IOException {
        Map<String, String> parts = new HashMap<>();
        collect(m.getContent(), m.getContentType(), parts);
        return new Received(
                to, m.getSubject(), parts.get("text"), parts.get("html"), parts.get("calendar"), m.getMessageID());
    }

    private static void collect(Object content, String type, Map<String, String> parts)
            throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), parts);
            }
            return;
        }
        String text = content instanceof InputStream in
                ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                : String.valueOf(content);
        String lower = type.toLowerCase();
        if (lower.startsWith("text/calendar")) {
            parts.put("calendar", text);
        } else if (lower.startsWith("text/html")) {
            parts.put("html", text);
        } else if (lower.startsWith("text/plain")) {
            parts.put("text", text);
        }
    }

    static VEvent event(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    static String prop(VEvent event, String name) {
        return event.getProperty(name)
                .map(net.fortuna.ical4j.model.Property::getValue)
                .orElse(null);
    }

    @Test
    void applicantAndOfficeHearOfTheApplicationItsDecisionTheSiteAndItsFacilitator() {
        Map<String, Object> round = RoundFixtures.roundInput(RoundFixtures.program());
        round.put("quotas", List.of());
        String roundId = RoundFixtures.openRound(round);
        String contact = address("rathaus");
        Map<String, Object> input = RoundFixtures.applicationInput(2_000_000);
        input.put("contactEmail", contact);
        String applicationId = RoundFixtures.submittedApplication(RoundFixtures.FREIBURG, roundId, input);
        deliver();

        List<Received> toContact = inbox(contact);
        assertThat(toContact)
                .extracting(Received::subject)
                .containsExactly("Ihre Bewerbung ist eingegangen – " + round.get("title"));
        Received confirmation = toContact.get(0);
        // Euros the German way (with a no-break space before the sign).
        assertThat(confirmation.text()).contains("Freiburg im Breisgau", APP + "/meine-arbeit", "20.000\u00a0€");
        assertThat(confirmation.html()).contains("href=\"" + APP + "/meine-arbeit\"", "<html lang=\"de\"");
        assertThat(confirmation.text()).doesNotContain("Erika Beispiel"); // the contact's own name is not needed
        assertThat(inbox(OFFICE))
                .filteredOn(r -> r.text().contains(APP + "/runden/" + roundId))
                .extracting(Received::subject)
                .containsExactly("Neue Bewerbung: Freiburg im Breisgau");

        // The steering group selects: a decision, then the site.
        RoundFixtures.roundAction(roundId, "review-start").statusCode(200);
        SiteFixtures.finalDecision(
                roundId,
                List.of(Map.of("applicationId", applicationId, "outcome", "SELECTED", "grantedCents", 2_000_000)));
        deliver();
        assertThat(inbox(contact))
                .extracting(Received::subject)
                .containsExactlyInAnyOrder(
                        "Ihre Bewerbung ist eingegangen – " + round.get("title"),
                        "Ihre Bewerbung wurde ausgewählt – " + round.get("title"),
                        "Ihr Standort ist angelegt: Freiburg im Breisgau");

        // A facilitator is assigned: they learn the site, the contact learns that there is one, not who.
        String siteId = Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", roundId)
                .then()
                .extract()
                .path("[0].id");
        String facilitatorEmail = address("begleitung");
        String facilitator = SiteFixtures.facilitator("Fiona Begleiterin " + UUID.randomUUID(), facilitatorEmail, 3);
        SiteFixtures.assign(siteId, Map.of("leadFacilitatorId", facilitator)).statusCode(200);
        deliver();
        List<Received> toFacilitator = inbox(facilitatorEmail);
        assertThat(toFacilitator)
                .extracting(Received::subject)
                .containsExactly("Neuer Standort für Ihre Prozessbegleitung: Freiburg im Breisgau");
        assertThat(toFacilitator.get(0).text()).contains(APP + "/standorte/" + siteId);
        Received assigned = inbox(contact).stream()
                .filter(r -> r.subject().startsWith("Ihr Standort hat eine Prozessbegleitung"))
                .findFirst()
                .orElseThrow();
        assertThat(assigned.text() + assigned.html()).doesNotContain("Fiona", facilitatorEmail);

        // Nothing is sent twice, however often the planner and the sender run.
        deliver();
        deliver();
        assertThat(inbox(contact)).hasSize(4);
        assertThat(inbox(facilitatorEmail)).hasSize(1);
    }

    @Test
    void participantsHearOfTheirRegistrationTheWaitlistMovingUpChangesAndTheCancellationWithACalendarEntry()
            throws Exception {
        Map<String, Object> input = NetworkFixtures.eventInput(
                RoundFixtures.program(), 1, Instant.now().plus(20, ChronoUnit.DAYS));
        String title = "Werkstattgespräch " + UUID.randomUUID().toString().substring(0, 6);
        input.put("title", title);
        String eventId = NetworkFixtures.openEvent(input);
        String anna = address("anna");
        String ben = address("ben");
        String annaRegistration = NetworkFixtures.register(eventId, NetworkFixtures.person("Anna Beispiel", anna))
                .path("id");
        NetworkFixtures.register(eventId, NetworkFixtures.person("Ben Beispiel", ben));
        deliver();

        Received confirmed = inbox(anna).get(0);
        assertThat(confirmed.subject()).isEqualTo("Anmeldung bestätigt: " + title);
        assertThat(confirmed.text()).contains("Deutschordenshalle", " bis ", " Uhr");
        VEvent entry = event(confirmed.calendar());
        assertThat(prop(entry, "SUMMARY")).isEqualTo(title);
        assertThat(prop(entry, "UID")).isEqualTo(eventId + "@lernnetzwerk.pakt");
        Received waiting = inbox(ben).get(0);
        assertThat(waiting.subject()).isEqualTo("Warteliste: " + title);
        assertThat(waiting.calendar()).isNull();
        // Nobody reads about anybody else.
        assertThat(confirmed.text() + confirmed.html() + confirmed.calendar()).doesNotContain("Ben", ben);
        assertThat(waiting.text() + waiting.html()).doesNotContain("Anna", anna);

        // Anna cancels: she gets the cancellation (the calendar entry cancelled), Ben moves up.
        Api.asRole(Roles.MUNICIPALITY)
                .post("/api/v1/registrations/{id}/cancellation", annaRegistration)
                .then()
                .statusCode(200);
        deliver();
        Received cancelled = inbox(anna).get(1);
        assertThat(cancelled.subject()).isEqualTo("Abmeldung bestätigt: " + title);
        assertThat(prop(event(cancelled.calendar()), "STATUS")).isEqualTo("CANCELLED");
        Received movedUp = inbox(ben).get(1);
        assertThat(movedUp.subject()).isEqualTo("Sie sind nachgerückt: " + title);
        assertThat(prop(event(movedUp.calendar()), "STATUS")).isEqualTo("CONFIRMED");

        // The venue changes: Ben (holding a place) is told, with a calendar entry of a higher SEQUENCE.
        Map<String, Object> changed = new HashMap<>(input);
        changed.put("venue", "Rathaus, großer Saal");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(eventId))
                .body(changed)
                .put("/api/v1/events/{id}", eventId)
                .then()
                .statusCode(200);
        deliver();
        Received change = inbox(ben).get(2);
        assertThat(change.subject()).isEqualTo("Geänderte Angaben: " + title);
        assertThat(change.text()).contains("Rathaus, großer Saal");
        assertThat(Integer.parseInt(prop(event(change.calendar()), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(prop(event(movedUp.calendar()), "SEQUENCE")));
        assertThat(inbox(anna)).hasSize(2); // Anna cancelled: not told of changes

        // The event is cancelled.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(eventId))
                .body(Map.of("reason", "Die Halle ist nicht verfügbar."))
                .post("/api/v1/events/{id}/cancellation", eventId)
                .then()
                .statusCode(200);
        deliver();
        Received off = inbox(ben).get(3);
        assertThat(off.subject()).isEqualTo("Abgesagt: " + title);
        assertThat(off.text()).contains("Die Halle ist nicht verfügbar.");
        assertThat(prop(event(off.calendar()), "STATUS")).isEqualTo("CANCELLED");
        assertThat(inbox(anna)).hasSize(2);
        assertThat(inbox(ben)).hasSize(4);
        // Each e-mail has its own stable Message-ID.
        assertThat(inbox(ben).stream().map(Received::messageId).distinct()).hasSize(4);
    }

    /**
     * Another identity provider's subject, longer than a UUID (255 characters, as the audit trail's actor allows):
     * settings and a calendar link are saved for it, where the shorter columns once refused them with a 400.
     */
    @Test
    void aLongSubjectSavesItsSettingsAndCalendarLink() {
        String subject = "urn:idp:land-bw:" + "x".repeat(239);
        String token = Tokens.personWithSubject(Roles.FACILITATOR, subject, address("lang"));
        String etag = Api.as(token)
                .get("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("language", "EN", "categories", List.of("EVENTS")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("language", equalTo("EN"));
        Api.as(token).post("/api/v1/me/calendar-link").then().statusCode(200);
    }

    @Test
    void peopleChooseTheirCategoriesAndLanguage() {
        String email = address("kommune");
        String token = Tokens.person(Roles.MUNICIPALITY, email, email, RoundFixtures.MESSKIRCH);
        var defaults = Api.as(token)
                .get("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("language", equalTo("DE"))
                .body("categories", containsInAnyOrder("APPLICATIONS", "SITES", "EVENTS", "MILESTONES"))
                .body("availableCategories", containsInAnyOrder("APPLICATIONS", "SITES", "EVENTS", "MILESTONES"))
                .extract();
        assertThat(defaults.header("ETag")).isEqualTo("\"0\"");

        // The weekly digest is the programme office's: refused for a municipality, with the field named.
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", defaults.header("ETag"))
                .body(Map.of("language", "EN", "categories", List.of("WEEKLY_DIGEST")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("categories"));
        // Events switched off, English.
        String saved = Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", defaults.header("ETag"))
                .body(Map.of("language", "EN", "categories", List.of("APPLICATIONS", "MILESTONES")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("categories", containsInAnyOrder("APPLICATIONS", "MILESTONES"))
                .body("language", equalTo("EN"))
                .extract()
                .header("ETag");
        // A second tab with the old version loses.
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", defaults.header("ETag"))
                .body(Map.of("language", "DE", "categories", List.of()))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(412);

        String eventId = NetworkFixtures.openEvent(5);
        NetworkFixtures.register(eventId, NetworkFixtures.person("Opt Out", email));
        deliver();
        assertThat(inbox(email)).isEmpty();

        // Events on again: the next registration is confirmed, in English.
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", saved)
                .body(Map.of("language", "EN", "categories", List.of("EVENTS")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200);
        String other = NetworkFixtures.openEvent(5);
        NetworkFixtures.register(other, NetworkFixtures.person("Opt In", email.toUpperCase()));
        deliver();
        List<Received> received = inbox(email);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).subject()).startsWith("Registration confirmed: ");
        assertThat(received.get(0).html()).contains("<html lang=\"en\"");

        // Without a verified address there is nothing to choose.
        Api.as(Tokens.forSubject(Roles.FACILITATOR, "no-address"))
                .get("/api/v1/me/notification-settings")
                .then()
                .statusCode(409);
    }

    @Test
    void twoSendersNeverSendTheSameNotificationTwice() throws Exception {
        String eventId = NetworkFixtures.openEvent(40);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = address("person" + i);
            people.add(email);
            NetworkFixtures.register(eventId, NetworkFixtures.person("Person " + i, email));
        }
        // Two planners at once: one holds the cursor, the other plans nothing meanwhile.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> planners = List.of(planner::runUntilIdle, planner::runUntilIdle);
            for (Future<Integer> f : pool.invokeAll(planners)) {
                f.get();
            }
            List<Callable<Integer>> senders = List.of(sender::runUntilIdle, sender::runUntilIdle);
            int attempted = 0;
            for (Future<Integer> f : pool.invokeAll(senders)) {
                attempted += f.get();
            }
            // Each of the 30 at least once; more where the relay failed and an e-mail was tried again (once in CI
            // GreenMail stalled 30 s on one connection and the count was 31). What must never happen is checked
            // below: an inbox with the same notification twice.
            assertThat(attempted).isGreaterThanOrEqualTo(30);
        } finally {
            pool.shutdown();
        }
        deliver(); // an e-mail whose relay connection failed is tried again, as in production
        for (String email : people) {
            assertThat(inbox(email)).as(email).hasSize(1);
        }
    }

    @Test
    void anSmtpOutageIsRetriedAndTheOfficeSeesItInTheLog() throws Exception {
        String email = address("ausfall");
        SmtpServerResource.outage();
        try {
            NetworkFixtures.register(NetworkFixtures.openEvent(5), NetworkFixtures.person("Ausfall", email));
            deliverOnce();
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .queryParam("recipient", email)
                    .get("/api/v1/notifications")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].status", equalTo("PENDING"))
                    .body("items[0].kind", equalTo("REGISTRATION_CONFIRMED"))
                    .body("items[0].attempts", equalTo(1))
                    .body("items[0].lastError", equalTo("SMTP-Server nicht erreichbar"));
            // What an operator's alert sees (docs/operations.md).
            assertThat(de.pakt.testsupport.Metrics.value("pakt_notifications_pending"))
                    .isGreaterThanOrEqualTo(1);
        } finally {
            SmtpServerResource.restart();
        }
        deliver();
        assertThat(inbox(email)).hasSize(1);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .queryParam("recipient", email.toUpperCase())
                .queryParam("status", "SENT")
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                // 2: the outage, then sent (3 where the relay stalled a connection once more, see deliver()).
                .body("items[0].attempts", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("items[0].sentAt", org.hamcrest.Matchers.notNullValue());
        // The log is the programme office's.
        Api.asRole(Roles.FACILITATOR).get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void milestoneRemindersGoOutOnceEvenWithTwoReplicasRunningTheJob() throws Exception {
        SiteFixtures.Decided decided = SiteFixtures.decidedRound();
        String facilitatorEmail = address("meilenstein");
        String facilitator = SiteFixtures.facilitator("Mia Meilenstein " + UUID.randomUUID(), facilitatorEmail, 3);
        SiteFixtures.assign(decided.karlsruheSite(), Map.of("leadFacilitatorId", facilitator))
                .statusCode(200);
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        String soon = "Bürgerforum " + UUID.randomUUID().toString().substring(0, 6);
        String late = "Ehrenamtsbörse " + UUID.randomUUID().toString().substring(0, 6);
        milestone(decided.karlsruheSite(), soon, today.plusDays(5));
        milestone(decided.karlsruheSite(), late, today.minusDays(2));
        milestone(decided.karlsruheSite(), "Später " + UUID.randomUUID(), today.plusDays(30));
        deliver();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> replicas =
                    List.of(() -> reminders.remindMilestones(today), () -> reminders.remindMilestones(today));
            for (Future<Integer> f : pool.invokeAll(replicas)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.remindMilestones(today); // and again later that day
        deliver();
        List<Received> received = inbox(facilitatorEmail).stream()
                .filter(r -> r.subject().startsWith("Meilenstein"))
                .toList();
        assertThat(received)
                .extracting(Received::subject)
                .containsExactlyInAnyOrder(
                        "Meilenstein fällig am " + german(today.plusDays(5)) + ": " + soon,
                        "Meilenstein überfällig: " + late);
        assertThat(received.get(0).text()).contains(APP + "/standorte/" + decided.karlsruheSite(), "Karlsruhe");
    }

    @Test
    void theWeeklyDigestGoesToTheOfficeMembersWhoChoseItOnceAWeek() {
        String email = address("buero");
        String token = Tokens.person(Roles.PROGRAM_OFFICE, email, email, null);
        Api.as(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("language", "DE", "categories", List.of("WEEKLY_DIGEST", "APPLICATIONS")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("availableCategories", org.hamcrest.Matchers.hasItem("WEEKLY_DIGEST"));
        ZonedDateTime monday = ZonedDateTime.of(2030, 3, 4, 6, 59, 0, 0, GermanTime.BERLIN);
        assertThat(reminders.planDigest(monday)).isZero(); // not before 7:00
        assertThat(reminders.planDigest(monday.plusMinutes(1))).isGreaterThanOrEqualTo(1);
        assertThat(reminders.planDigest(monday.plusDays(2))).isZero(); // once a week
        deliver();
        List<Received> received = inbox(email);
        assertThat(received).extracting(Received::subject).containsExactly("Wochenübersicht 25.02.2030 bis 03.03.2030");
        assertThat(received.get(0).text()).contains("Eingegangene Bewerbungen: ", "Überfällige Meilensteine (heute): ");
    }

    static String german(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    static void milestone(String siteId, String title, LocalDate due) {
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "dueDate", due.toString()))
                .post("/api/v1/sites/{id}/milestones", siteId)
                .then()
                .statusCode(201);
    }
}
