package de.pakt.network.service;

import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.common.web.GermanTime;
import de.pakt.network.CalendarToken;
import de.pakt.network.NetworkEvent;
import de.pakt.network.Registration;
import de.pakt.registry.AdministrativeArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar feeds (RFC 5545) built with ical4j: times in Europe/Berlin with its VTIMEZONE, a UID per event that never
 * changes, SEQUENCE raised on every change and STATUS:CANCELLED, which is what Thunderbird, Outlook and Google
 * Calendar need to update or strike through their copy instead of adding a second one.
 */
@ApplicationScoped
public class CalendarService {

    static final String UID_DOMAIN = "@lernnetzwerk.pakt";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The public feed: every public event. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String publicFeed() {
        List<NetworkEvent> events = NetworkEvent.list("isPublic = true order by startsAt");
        return render("Lernnetzwerk – Veranstaltungen", events, Map.of(), false);
    }

    /** A person's feed: the events they are registered or waitlisted for; empty when the token is unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> personalFeed(String token) {
        Optional<CalendarToken> owner = CalendarToken.find("token", token).firstResultOptional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<Registration> mine = Registration.list("personSubject", owner.get().subject);
        Map<UUID, Registration> byEvent = mine.stream().collect(Collectors.toMap(r -> r.eventId, r -> r, (a, b) -> a));
        List<NetworkEvent> events =
                byEvent.isEmpty() ? List.of() : NetworkEvent.list("id in ?1 order by startsAt", byEvent.keySet());
        return Optional.of(render("Meine Veranstaltungen im Lernnetzwerk", events, byEvent, true));
    }

    /**
     * One event as a person's calendar sees it (with their registration's state), for an e-mail attachment: the same
     * UID and SEQUENCE as in the feeds, so that opening it updates the entry instead of adding a second one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String forRegistration(NetworkEvent event, Registration registration) {
        return render(event.title, List.of(event), Map.of(event.id, registration), true);
    }

    /** The caller's feed secret, created on first use. */
    @Transactional
    public String tokenFor(String subject) {
        CalendarToken existing = CalendarToken.findById(subject);
        if (existing != null) {
            return existing.token;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // Two first requests at once (two tabs): the second waits for the first's row and answers with its token,
        // where a plain insert would fail as a duplicate.
        CalendarToken.getEntityManager()
                .createNativeQuery("""
                        insert into calendar_token (subject, token, created_at) values (?1, ?2, now())
                        on conflict (subject) do nothing""")
                .setParameter(1, subject)
                .setParameter(2, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .executeUpdate();
        return CalendarToken.<CalendarToken>findById(subject).token;
    }

    /** Revokes the caller's feed address; the next tokenFor creates a new one. */
    @Transactional
    public void revoke(String subject) {
        CalendarToken.deleteById(subject);
    }

    private static String render(
            String name, Collection<NetworkEvent> events, Map<UUID, Registration> registrations, boolean withLinks) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Pakt//Lernnetzwerk//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", GermanTime.BERLIN.getId()));
        calendar.add(ZONES.getTimeZone(GermanTime.BERLIN.getId()).getVTimeZone());
        List<String> hostKeys = events.stream()
                .map(e -> e.hostKey)
                .filter(k -> k != null)
                .distinct()
                .toList();
        Map<String, String> hosts =
                AdministrativeArea.findByKeys(hostKeys).stream().collect(Collectors.toMap(a -> a.key, a -> a.name));
        for (NetworkEvent e : events) {
            Registration r = registrations.get(e.id);
            boolean cancelled = e.status == NetworkEvent.Status.CANCELLED
                    || (r != null && r.status == Registration.Status.CANCELLED);
            VEvent v = new VEvent(
                    ZonedDateTime.ofInstant(e.startsAt, GermanTime.BERLIN),
                    ZonedDateTime.ofInstant(e.endsAt, GermanTime.BERLIN),
                    e.title);
            v.add(new Uid(e.id + UID_DOMAIN));
            v.add(new DtStamp(e.updatedAt));
            v.add(new Created(e.createdAt));
            v.add(new LastModified(e.updatedAt));
            // A cancelled registration changes the entry without changing the event: the sequence moves with it.
            v.add(new Sequence(e.sequence + (r != null && r.status == Registration.Status.CANCELLED ? 1 : 0)));
            Status status = cancelled
                    ? ImmutableStatus.VEVENT_CANCELLED
                    : e.status == NetworkEvent.Status.PLANNED
                            ? ImmutableStatus.VEVENT_TENTATIVE
                            : ImmutableStatus.VEVENT_CONFIRMED;
            v.add(status);
            v.add(new Categories(kindLabel(e.kind)));
            String place = e.venue == null
                    ? null
                    : e.venue + (e.hostKey != null && hosts.containsKey(e.hostKey) ? ", " + hosts.get(e.hostKey) : "");
            if (place != null) {
                v.add(new Location(place));
            } else if (e.onlineUrl != null) {
                v.add(new Location("Online"));
            }
            StringBuilder text = new StringBuilder();
            if (e.motto != null) {
                text.append(e.motto).append("\n\n");
            }
            if (e.status == NetworkEvent.Status.CANCELLED && e.cancelReason != null) {
                text.append("Abgesagt: ").append(e.cancelReason).append("\n\n");
            }
            if (r != null && r.status == Registration.Status.WAITLISTED) {
                text.append("Sie stehen auf der Warteliste.\n\n");
            }
            if (e.agenda != null) {
                text.append(e.agenda);
            }
            if (!text.isEmpty()) {
                v.add(new Description(text.toString().strip()));
            }
            if (withLinks && e.onlineUrl != null) {
                v.add(new Url(java.net.URI.create(e.onlineUrl)));
            }
            calendar.add(v);
        }
        return fold(calendar.toString());
    }

    /**
     * Folds content lines longer than 75 octets (RFC 5545 §3.1: octets, not characters, never inside a UTF-8
     * sequence; ical4j's own folding counts characters, so "Räume – …" could run over).
     */
    static String fold(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 40);
        for (String line : ics.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        .length;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    public static String kindLabel(NetworkEvent.Kind kind) {
        return switch (kind) {
            case KICKOFF -> "Auftakt";
            case NETWORK_MEETING -> "Lernnetzwerktreffen";
            case REGIONAL_CONFERENCE -> "Regionalkonferenz";
            case WORKSHOP -> "Workshop";
            case EXPERT_WORKSHOP -> "Werkstattgespräch";
            case FINAL_PRESENTATION -> "Abschlusspräsentation";
        };
    }
}
