package de.pakt.network;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import static de.pakt.network.NetworkFixtures.eventInput;
import static de.pakt.network.NetworkFixtures.openEvent;
import static de.pakt.network.NetworkFixtures.person;
import static de.pakt.network.NetworkFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;

/** The feeds parsed back by ical4j and checked field by field, as a calendar program reads them. */
@QuarkusTest
class CalendarFeedTest {

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static Optional<VEvent> find(Calendar calendar, String eventId) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(v -> v.getProperty(Property.UID)
                        .map(p -> p.getValue().equals(eventId + "@lernnetzwerk.pakt"))
                        .orElse(false))
                .findFirst();
    }

    static String value(VEvent v, String property) {
        return v.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void thePublicFeedCarriesTimeZoneUidSequenceAndCancellations() throws Exception {
        // 12 October 2030, 10:00–16:00 in Stuttgart (summer time, UTC+2).
        Instant start = ZonedDateTime.of(2030, 10, 12, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"))
                .toInstant();
        Map<String, Object> input = eventInput(RoundFixtures.program(), 100, start);
        input.put("title", "Regionalkonferenz Großbettlingen");
        input.put("motto", "Integration und Teilhabe – Gemeinsam (Denk-)Räume gestalten");
        String event = openEvent(input);

        String ics = Api.anonymous()
                .accept("text/calendar, application/problem+json")
                .get("/api/v1/calendar/events.ics")
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
        // RFC 5545 §3.1: lines are folded at 75 octets (the motto and description are longer), CRLF-terminated.
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
        }
        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue())
                .isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
                .contains("Pakt");
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Berlin");

        VEvent v = find(calendar, event).orElseThrow();
        assertThat(value(v, Property.SUMMARY)).isEqualTo("Regionalkonferenz Großbettlingen");
        assertThat(v.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(value(v, Property.DTSTART)).isEqualTo("20301012T100000");
        assertThat(value(v, Property.DTEND)).isEqualTo("20301012T160000");
        assertThat(value(v, Property.LOCATION)).isEqualTo("Deutschordenshalle, Gundelsheim");
        assertThat(value(v, Property.DESCRIPTION))
                .startsWith("Integration und Teilhabe – Gemeinsam (Denk-)Räume gestalten")
                .contains("10:30 Erfahrungsberichte");
        assertThat(value(v, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(v, Property.CATEGORIES)).isEqualTo("Regionalkonferenz");
        int sequence = Integer.parseInt(value(v, Property.SEQUENCE));
        assertThat(value(v, Property.DTSTAMP)).endsWith("Z");

        // Cancelled: same UID, higher SEQUENCE, STATUS:CANCELLED, so calendars strike through their copy.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", NetworkFixtures.etag(event))
                .body(Map.of("reason", "Zu wenige Anmeldungen."))
                .post("/api/v1/events/{id}/cancellation", event)
                .then()
                .statusCode(200);
        VEvent cancelled = find(
                        parse(Api.anonymous()
                                .accept("text/calendar")
                                .get("/api/v1/calendar/events.ics")
                                .asString()),
                        event)
                .orElseThrow();
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(sequence);
        assertThat(value(cancelled, Property.DESCRIPTION)).contains("Abgesagt: Zu wenige Anmeldungen.");
    }

    /** The first calendar link asked for in four tabs at once: one address, the same in every answer. */
    @Test
    void aFirstCalendarLinkAskedForAtOnceIsOneAddress() throws Exception {
        String me = Tokens.forSubject(Roles.FACILITATOR, "tabs-" + java.util.UUID.randomUUID());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var sent = new java.util.ArrayList<java.util.concurrent.Future<io.restassured.response.Response>>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit(() -> Api.as(me).post("/api/v1/me/calendar-link")));
        }
        var urls = new java.util.HashSet<String>();
        for (var f : sent) {
            assertThat(f.get().statusCode()).isEqualTo(200);
            urls.add(f.get().path("url"));
        }
        pool.shutdown();
        assertThat(urls).hasSize(1);
        assertThat(Api.as(me).post("/api/v1/me/calendar-link").then().extract().<String>path("url"))
                .isEqualTo(urls.iterator().next());
    }

    @Test
    void thePersonalFeedHasTheEventsOneRegisteredForAndNeedsItsSecretAddress() throws Exception {
        String me = Tokens.forSubject(Roles.FACILITATOR, "feed-" + java.util.UUID.randomUUID());
        Map<String, Object> online =
                eventInput(RoundFixtures.program(), 1, Instant.now().plus(10, ChronoUnit.DAYS));
        online.remove("venue");
        online.put("onlineUrl", "https://meet.example.org/lernnetzwerk");
        online.put("kind", "NETWORK_MEETING");
        online.put("public", false);
        String mine = openEvent(online);
        String full = openEvent(1);
        register(
                full,
                person("Jemand Anders", "anders@example.org")); // takes the only place: the feed's owner is waitlisted
        String other = openEvent(10);
        Map<String, Object> self = person("Ich Selbst", "ich@example.org");
        self.put("self", true);
        register(me, mine, self);
        register(me, full, self);

        String url = Api.as(me)
                .post("/api/v1/me/calendar-link")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        assertThat(Api.as(me).post("/api/v1/me/calendar-link").then().extract().<String>path("url"))
                .isEqualTo(url);
        String path = java.net.URI.create(url).getPath();
        Calendar calendar = parse(Api.anonymous()
                .accept("text/calendar")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        VEvent meeting = find(calendar, mine).orElseThrow();
        assertThat(value(meeting, Property.LOCATION)).isEqualTo("Online");
        assertThat(value(meeting, Property.URL)).isEqualTo("https://meet.example.org/lernnetzwerk");
        assertThat(value(meeting, Property.CATEGORIES)).isEqualTo("Lernnetzwerktreffen");
        assertThat(value(find(calendar, full).orElseThrow(), Property.DESCRIPTION))
                .contains("Warteliste");
        assertThat(find(calendar, other)).isEmpty();
        // A non-public event stays out of the public feed, and the online link never goes there.
        Calendar publicFeed = parse(Api.anonymous()
                .accept("text/calendar")
                .get("/api/v1/calendar/events.ics")
                .asString());
        assertThat(find(publicFeed, mine)).isEmpty();
        assertThat(publicFeed.toString()).doesNotContain("meet.example.org");

        Api.anonymous()
                .accept("text/calendar, application/problem+json")
                .get("/api/v1/calendar/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")
                .then()
                .statusCode(404);

        // A shared address is revoked: it stops working, and the next one is different.
        Api.as(me).delete("/api/v1/me/calendar-link").then().statusCode(204);
        Api.anonymous()
                .accept("text/calendar, application/problem+json")
                .get(path)
                .then()
                .statusCode(404);
        String renewed = Api.as(me)
                .post("/api/v1/me/calendar-link")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        assertThat(renewed).isNotEqualTo(url);
        Api.anonymous()
                .accept("text/calendar, application/problem+json")
                .get(java.net.URI.create(renewed).getPath())
                .then()
                .statusCode(200);
    }
}
