package de.pakt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.web.GermanTime;
import de.pakt.network.GoodPractice;
import de.pakt.network.NetworkEvent;
import de.pakt.network.NetworkEvent.Kind;
import de.pakt.network.NetworkEvent.Status;
import de.pakt.network.Registration;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The learning network from the seeds: regional conferences in St. Georgen (July 2018), Gundelsheim (October 2018,
 * "Integration durch Arbeit") and Großbettlingen (October 2019), the expert workshop in Stuttgart, the round-1 final
 * presentation and round-2 network meetings; upcoming events relative to today so the portal has something ahead;
 * fictional participants from the sites with their attendance; the good practice "Lerninsel" of Tiefenbronn.
 * Idempotent by fixed ids.
 */
@ApplicationScoped
public class NetworkDemoData {

    static final String[] FIRST = {
        "Anna", "Bernd", "Clara", "Deniz", "Elif", "Felix", "Greta", "Hakan", "Ines", "Jan", "Katrin", "Luca", "Mara",
        "Nils", "Olga", "Paul", "Rana", "Sven", "Tanja", "Yusuf"
    };
    static final String[] LAST = {
        "Albers", "Brandt", "Celik", "Dietz", "Engel", "Fuchs", "Graf", "Hahn", "Ilić", "Jung", "Kaya", "Lorenz",
        "Maier", "Nowak", "Otto", "Pohl", "Roth", "Sauer", "Thiel", "Vogel"
    };

    record Plan(
            String name,
            Kind kind,
            String title,
            String motto,
            UUID topic,
            LocalDateTime start,
            int hours,
            String venue,
            String hostKey,
            String round,
            int capacity,
            String agenda,
            String outcomes,
            String lessons) {}

    static final List<Plan> PAST = List.of(
            new Plan(
                    "stgeorgen",
                    Kind.REGIONAL_CONFERENCE,
                    "Regionalkonferenz St. Georgen",
                    "Haupt- und Ehrenamt – gemeinsam für Integration",
                    RoadmapDemoData.VOLUNTEERING,
                    LocalDateTime.of(2018, 7, 14, 10, 0),
                    6,
                    "Stadthalle",
                    "08326052",
                    "round-1",
                    120,
                    "10:00 Begrüßung\n10:30 Austausch und Zusammenarbeit von Haupt- und Ehrenamt\n13:30 Workshops\n15:30 Ausblick",
                    "Runde Tische von Haupt- und Ehrenamt als wiederkehrendes Format in mehreren Kommunen vereinbart.",
                    "Ehrenamtliche brauchen feste Ansprechpersonen in der Verwaltung."),
            new Plan(
                    "gundelsheim",
                    Kind.REGIONAL_CONFERENCE,
                    "Regionalkonferenz Gundelsheim",
                    "Integration durch Arbeit",
                    RoadmapDemoData.WORK,
                    LocalDateTime.of(2018, 10, 13, 10, 0),
                    6,
                    "Deutschordenshalle",
                    "08125039",
                    "round-1",
                    150,
                    "10:00 Erfahrungsberichte aus Wirtschaft und Politik\n12:00 Aktions-Parcours\n14:00 Workshops: Beratung, Begleitung und "
                            + "Qualifikation zur beruflichen Vorbereitung",
                    "Jobpatenschaften und Praktikumsbörsen als Maßnahmen in die Fahrpläne aufgenommen.",
                    "Betriebe früh einbinden; Ehrenamtliche als Brücke zwischen Betrieb und Geflüchteten."),
            new Plan(
                    "werkstatt",
                    Kind.EXPERT_WORKSHOP,
                    "Werkstattgespräch Prozessbegleitung",
                    "Was trägt nach dem Ende der Begleitung?",
                    RoadmapDemoData.ADMINISTRATION,
                    LocalDateTime.of(2019, 3, 21, 13, 0),
                    4,
                    "Führungsakademie Baden-Württemberg",
                    "08111000",
                    "round-1",
                    40,
                    "13:00 Impulse\n14:00 Werkstattrunden\n16:30 Ergebnisse",
                    "Checkliste für die Verstetigung der Fahrpläne.",
                    "Der Gemeinderatsbeschluss sichert den Fahrplan über die Begleitung hinaus."),
            new Plan(
                    "abschluss-1",
                    Kind.FINAL_PRESENTATION,
                    "Abschlusspräsentation der ersten Auflage",
                    "23 Kommunen zeigen ihre Fahrpläne",
                    null,
                    LocalDateTime.of(2019, 6, 27, 10, 0),
                    5,
                    "Neues Schloss",
                    "08111000",
                    "round-1",
                    200,
                    "10:00 Grußwort des Ministers\n11:00 Marktplatz der Fahrpläne\n14:00 Ausblick auf die zweite Auflage",
                    "Das Ministerium sagt eine zweite Auflage zu.",
                    null),
            new Plan(
                    "auftakt-2",
                    Kind.KICKOFF,
                    "Auftakt der zweiten Auflage",
                    "Lernnetzwerk der 13 Standorte",
                    null,
                    LocalDateTime.of(2019, 10, 7, 10, 0),
                    5,
                    "Führungsakademie Baden-Württemberg",
                    "08111000",
                    "round-2",
                    60,
                    "10:00 Kennenlernen\n11:00 Prozessbausteine\n14:00 Erste Schritte vor Ort",
                    null,
                    null),
            new Plan(
                    "grossbettlingen",
                    Kind.REGIONAL_CONFERENCE,
                    "Regionalkonferenz Großbettlingen",
                    "Integration und Teilhabe – Gemeinsam (Denk-)Räume gestalten",
                    RoadmapDemoData.PARTICIPATION,
                    LocalDateTime.of(2019, 10, 19, 10, 0),
                    6,
                    "Gemeindehalle",
                    "08116022",
                    "round-2",
                    120,
                    "10:00 Begrüßung\n10:30 Denk-Räume\n13:30 Open Space",
                    "Beteiligungsformate für Menschen mit Migrationserfahrung gesammelt.",
                    "Räume schaffen, in denen alle mitreden."),
            new Plan(
                    "netzwerk-2a",
                    Kind.NETWORK_MEETING,
                    "Lernnetzwerktreffen Frühjahr 2020",
                    "Bestandsaufnahme und Beteiligung",
                    RoadmapDemoData.PARTICIPATION,
                    LocalDateTime.of(2020, 3, 5, 13, 0),
                    4,
                    "Führungsakademie Baden-Württemberg",
                    "08111000",
                    "round-2",
                    40,
                    "13:00 Stand in den Standorten\n14:30 Kollegiale Beratung",
                    "Kollegiale Beratung zu Beteiligungswerkstätten.",
                    null));

    @Inject
    AuditTrail audit;

    @Transactional
    public int load() {
        if (NetworkEvent.findById(RoundDemoData.id("event-stgeorgen")) != null) {
            return 0;
        }
        int created = 0;
        for (Plan plan : PAST) {
            Instant start = plan.start().atZone(GermanTime.BERLIN).toInstant();
            NetworkEvent e = event(plan, start, Status.HELD);
            List<Site> sites = Site.list("roundId = ?1 order by applicantKey", RoundDemoData.id(plan.round()));
            // Two people from most sites; every seventh did not come.
            int n = 0;
            for (int i = 0; i < sites.size(); i++) {
                if ((i + plan.name().length()) % 5 == 0) {
                    continue;
                }
                for (int k = 0; k < 2 && n < plan.capacity(); k++, n++) {
                    register(
                            e,
                            sites.get(i),
                            n,
                            n % 7 == 3 ? Registration.Status.NO_SHOW : Registration.Status.ATTENDED);
                }
            }
            created++;
        }
        // Ahead of today: a network meeting online and a regional conference, both open for registration.
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        Plan online = new Plan(
                "online",
                Kind.NETWORK_MEETING,
                "Lernnetzwerktreffen online (Demo)",
                "Fahrpläne verstetigen",
                RoadmapDemoData.ADMINISTRATION,
                today.plusDays(21).atTime(14, 0),
                2,
                null,
                null,
                "round-2",
                30,
                "14:00 Kurzberichte\n14:45 Kollegiale Beratung in Kleingruppen",
                null,
                null);
        NetworkEvent meeting =
                event(online, online.start().atZone(GermanTime.BERLIN).toInstant(), Status.OPEN);
        meeting.onlineUrl = "https://meet.example.org/lernnetzwerk";
        List<Site> round2 = Site.list("roundId = ?1 order by applicantKey", RoundDemoData.id("round-2"));
        for (int i = 0; i < 6; i++) {
            register(meeting, round2.get(i), i, Registration.Status.REGISTERED);
        }
        Plan conference = new Plan(
                "konferenz-demo",
                Kind.REGIONAL_CONFERENCE,
                "Regionalkonferenz Großbettlingen (Demo)",
                "Integration und Teilhabe – Gemeinsam (Denk-)Räume gestalten",
                RoadmapDemoData.PARTICIPATION,
                today.plusDays(60).atTime(10, 0),
                6,
                "Gemeindehalle",
                "08116022",
                "round-2",
                80,
                "10:00 Begrüßung\n10:30 Denk-Räume\n13:30 Open Space",
                null,
                null);
        event(conference, conference.start().atZone(GermanTime.BERLIN).toInstant(), Status.OPEN);
        created += 2;

        GoodPractice g = new GoodPractice();
        g.id = RoundDemoData.id("practice-lerninsel");
        g.areaKey = "08236062"; // Tiefenbronn (Enzkreis)
        g.title = "Lerninsel";
        g.topicId = RoadmapDemoData.LANGUAGE;
        g.description =
                "Ein Kooperationskonzept der Integrationsstelle der Gemeinde Tiefenbronn in enger Abstimmung mit der Lucas-Moser-Schule. "
                        + "Mit der „Lerninsel“ als „Marke“ für zahlreiche Maßnahmen wurde die Integration aller Kinder mit Unterstützungsbedarf "
                        + "entscheidend verbessert.";
        g.contactRole = "Integrationsstelle der Gemeinde Tiefenbronn";
        g.published = true;
        g.publishedAt = Instant.parse("2019-07-01T08:00:00Z");
        g.createdAt = g.publishedAt;
        g.updatedAt = g.publishedAt;
        g.persist();
        audit.recordAs(RoundDemoData.ACTOR, "", "goodPractice", g.id, Action.CREATE, List.of("title", "published"));

        // And one from a funded site's roadmap: Meßkirch's round table of full-time and volunteer workers.
        Site messkirch = Site.find("roundId = ?1 and applicantKey = ?2", RoundDemoData.id("round-1"), "08437078")
                .firstResult();
        if (messkirch != null) {
            GoodPractice table = new GoodPractice();
            table.id = RoundDemoData.id("practice-runder-tisch");
            table.areaKey = messkirch.applicantKey;
            table.siteId = messkirch.id;
            UUID measure = RoundDemoData.id("measure-" + messkirch.id + "-0-0");
            table.measureId = de.pakt.roadmap.Measure.findById(measure) == null ? null : measure;
            table.title = "Runder Tisch Haupt- und Ehrenamt";
            table.topicId = RoadmapDemoData.VOLUNTEERING;
            table.description =
                    "Verwaltung, Freundeskreis Asyl, Kirchengemeinden und Vereine treffen sich vierteljährlich; Aufgaben und "
                            + "Ansprechpersonen sind verteilt, Doppelarbeit ist verschwunden.";
            table.contactRole = "Integrationsbeauftragte der Stadt Meßkirch";
            table.published = true;
            table.publishedAt = Instant.parse("2019-09-15T08:00:00Z");
            table.createdAt = table.publishedAt;
            table.updatedAt = table.publishedAt;
            table.persist();
        }
        return created;
    }

    private NetworkEvent event(Plan p, Instant start, Status status) {
        NetworkEvent e = new NetworkEvent();
        e.id = RoundDemoData.id("event-" + p.name());
        e.programId = DemoData.PROGRAM_ID;
        e.roundId = RoundDemoData.id(p.round());
        e.kind = p.kind();
        e.title = p.title();
        e.motto = p.motto();
        e.topicId = p.topic();
        e.startsAt = start;
        e.endsAt = start.plus(p.hours(), ChronoUnit.HOURS);
        e.venue = p.venue();
        e.hostKey = p.hostKey();
        e.capacity = p.capacity();
        e.registrationDeadline = start.minus(7, ChronoUnit.DAYS);
        e.status = status;
        e.agenda = p.agenda();
        // Set before persisting: a later change would stamp updatedAt with today.
        e.outcomes = p.outcomes();
        e.lessonsLearned = p.lessons();
        e.isPublic = true;
        e.createdAt = start.minus(60, ChronoUnit.DAYS);
        e.updatedAt = e.createdAt;
        if (p.venue() == null) {
            e.onlineUrl = "https://meet.example.org/lernnetzwerk";
        }
        e.persist();
        audit.recordAs(RoundDemoData.ACTOR, "", "event", e.id, Action.CREATE, List.of("title", "status"));
        return e;
    }

    /** A fictional person from the site (names combined from two lists, addresses at example.org). */
    private void register(NetworkEvent e, Site site, int n, Registration.Status status) {
        int seed = Math.abs((e.id.hashCode() + n * 31) % (FIRST.length * LAST.length));
        String first = FIRST[seed % FIRST.length];
        String last = LAST[(seed / FIRST.length + n) % LAST.length];
        Registration r = new Registration();
        r.id = RoundDemoData.id("registration-" + e.id + "-" + n);
        r.eventId = e.id;
        r.personName = first + " " + last;
        r.email = (first + "." + last + "." + n).toLowerCase().replace("ć", "c") + "@example.org";
        r.organisation = "Stadtverwaltung / Freundeskreis";
        r.siteId = site.id;
        r.registeredBy = RoundDemoData.ACTOR;
        r.status = status;
        r.registeredAt = e.startsAt.minus(20 - (n % 10), ChronoUnit.DAYS);
        r.createdAt = r.registeredAt;
        r.updatedAt = r.registeredAt;
        r.persist();
    }
}
