package de.pakt.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.pakt.budget.Booking;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.facilitator.Facilitator;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Fictional facilitators, assigned to the sites of the demo rounds, and plausible bookings within each grant.
 * The demo facilitator login (begleitung@pakt.example.org) is one of them. Idempotent by fixed ids.
 */
@ApplicationScoped
public class FacilitationDemoData {

    record Person(String name, String email, String region, int capacity, List<String> expertise) {}

    static final List<Person> PEOPLE = List.of(
            new Person(
                    "Fatma Yıldız",
                    "begleitung@pakt.example.org",
                    "084",
                    4,
                    List.of("Bürgerbeteiligung", "Migrantenorganisationen")),
            new Person(
                    "Jonas Albrecht",
                    "jonas.albrecht@example.org",
                    "081",
                    5,
                    List.of("Ehrenamt", "Integration durch Arbeit")),
            new Person(
                    "Miriam Koch",
                    "miriam.koch@example.org",
                    "082",
                    5,
                    List.of("Verwaltung und Politik", "Moderation")),
            new Person("Tobias Wendt", "tobias.wendt@example.org", "083", 5, List.of("Bildung", "Kinder und Familie")),
            new Person(
                    "Leyla Demir", "leyla.demir@example.org", "081", 4, List.of("Interkultureller Dialog", "Wohnen")),
            new Person(
                    "Hannah Vogt",
                    "hannah.vogt@example.org",
                    "084",
                    5,
                    List.of("Teilhabe", "Beteiligungswerkstätten")));

    @Inject
    AuditTrail audit;

    @Transactional
    public int load() {
        if (Facilitator.findById(RoundDemoData.id("facilitator-0")) != null) {
            return 0;
        }
        for (int i = 0; i < PEOPLE.size(); i++) {
            Person p = PEOPLE.get(i);
            Facilitator f = new Facilitator();
            f.id = RoundDemoData.id("facilitator-" + i);
            f.name = p.name();
            f.email = p.email();
            f.homeRegionKey = p.region();
            f.capacity = p.capacity();
            f.expertise.addAll(p.expertise());
            f.dayRateCents = 90_000L;
            f.createdAt = Instant.parse("2018-04-01T08:00:00Z");
            f.updatedAt = f.createdAt;
            f.persist();
            audit.recordAs(RoundDemoData.ACTOR, "", "facilitator", f.id, Action.CREATE, List.of("name", "capacity"));
        }
        // Round 2 is running: its sites get a lead (round-robin within capacity), dates and some bookings.
        List<Site> sites = Site.list("roundId = ?1 order by applicantKey", RoundDemoData.id("round-2"));
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            site.leadFacilitatorId = RoundDemoData.id("facilitator-" + (i % PEOPLE.size()));
            if (i % 4 == 0) {
                site.coFacilitatorId = RoundDemoData.id("facilitator-" + ((i + 1) % PEOPLE.size()));
            }
            site.kickoffDate = LocalDate.of(2019, 10, 14).plusDays(3L * i);
            site.finalPresentationDate = LocalDate.of(2020, 11, 20);
            book(
                    site,
                    "kickoff-" + i,
                    Booking.Kind.FACILITATION_DAYS,
                    "Auftaktgespräch und Bestandsaufnahme",
                    2,
                    site.kickoffDate);
            book(
                    site,
                    "workshop-" + i,
                    Booking.Kind.FACILITATION_DAYS,
                    "Beteiligungswerkstatt",
                    3,
                    site.kickoffDate.plusMonths(2));
            book(
                    site,
                    "event-" + i,
                    Booking.Kind.EVENT,
                    "Raummiete und Verpflegung Beteiligungswerkstatt",
                    0,
                    site.kickoffDate.plusMonths(2));
        }
        return PEOPLE.size();
    }

    private void book(Site site, String name, Booking.Kind kind, String description, int days, LocalDate date) {
        Booking b = new Booking();
        b.id = RoundDemoData.id("booking-" + site.id + "-" + name);
        b.siteId = site.id;
        b.kind = kind;
        b.description = description;
        b.days = days == 0 ? null : BigDecimal.valueOf(days);
        b.amountCents = days == 0 ? 65_000 : days * 90_000L;
        b.bookingDate = date;
        b.bookedAt = date.atStartOfDay(de.pakt.common.web.GermanTime.BERLIN).toInstant();
        b.bookedBy = RoundDemoData.ACTOR;
        b.persist();
    }
}
