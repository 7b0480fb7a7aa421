package de.pakt.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.program.Program;
import de.pakt.registry.AdministrativeArea;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.Roadmap;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Roadmaps for several demo sites, built from what the seeds name: Haupt- und Ehrenamt, Integration durch Arbeit and
 * Lerninsel-style learning support. Meßkirch (round 1, the demo municipality) keeps implementing its roadmap after the
 * round; round-2 sites are in different stages so that progress, filters and the dashboard have something to show.
 */
@ApplicationScoped
public class RoadmapDemoData {

    static final UUID LANGUAGE = topic(1);
    static final UUID WORK = topic(2);
    static final UUID VOLUNTEERING = topic(3);
    static final UUID PARTICIPATION = topic(4);
    static final UUID FAMILY = topic(5);
    static final UUID DIALOGUE = topic(7);
    static final UUID ADMINISTRATION = topic(8);

    record M(
            String title,
            UUID topic,
            String responsible,
            List<String> partners,
            Measure.Status status,
            int progress,
            boolean existing,
            boolean isPublic,
            String description) {}

    record G(String title, String indicator, int baseline, int target, int current, List<M> measures) {}

    static final List<G> GOALS = List.of(
            new G(
                    "Haupt- und Ehrenamt arbeiten Hand in Hand",
                    "Aktive Ehrenamtliche in der Integrationsarbeit",
                    25,
                    40,
                    31,
                    List.of(
                            new M(
                                    "Runder Tisch Haupt- und Ehrenamt",
                                    VOLUNTEERING,
                                    "Integrationsbeauftragte der Stadt",
                                    List.of("Freundeskreis Asyl", "Kirchengemeinden"),
                                    Measure.Status.DONE,
                                    100,
                                    true,
                                    true,
                                    "Vierteljährliches Treffen von Verwaltung, Freundeskreis und Trägern."),
                            new M(
                                    "Ehrenamtsbörse im Rathaus",
                                    VOLUNTEERING,
                                    "Bürgerbüro",
                                    List.of("Vereinsring"),
                                    Measure.Status.IN_PROGRESS,
                                    60,
                                    false,
                                    true,
                                    "Engagierte finden passende Aufgaben; Vereine finden Engagierte."),
                            new M(
                                    "Fortbildungsreihe für Ehrenamtliche",
                                    PARTICIPATION,
                                    "Volkshochschule",
                                    List.of("Landratsamt – Integrationsmanagement"),
                                    Measure.Status.PLANNED,
                                    0,
                                    false,
                                    true,
                                    "Asylrecht, interkulturelle Kommunikation, Grenzen des Ehrenamts."))),
            new G(
                    "Integration durch Arbeit",
                    "Geflüchtete in Ausbildung oder Arbeit",
                    12,
                    30,
                    19,
                    List.of(
                            new M(
                                    "Jobpatenschaften mit örtlichen Betrieben",
                                    WORK,
                                    "Wirtschaftsförderung",
                                    List.of("Gewerbeverein", "Agentur für Arbeit"),
                                    Measure.Status.IN_PROGRESS,
                                    40,
                                    false,
                                    true,
                                    "Ehrenamtliche Patinnen und Paten begleiten in Praktikum und Ausbildung."),
                            new M(
                                    "Infoabend Anerkennung ausländischer Abschlüsse",
                                    WORK,
                                    "Integrationsmanagement",
                                    List.of("IHK", "Handwerkskammer"),
                                    Measure.Status.DONE,
                                    100,
                                    false,
                                    true,
                                    null),
                            new M(
                                    "Praktikumsbörse mit dem Gewerbeverein",
                                    WORK,
                                    "Gewerbeverein",
                                    List.of(),
                                    Measure.Status.PLANNED,
                                    0,
                                    true,
                                    false,
                                    null))),
            new G(
                    "Lernbegleitung für alle Kinder",
                    "Kinder in der Lerninsel",
                    0,
                    30,
                    18,
                    List.of(
                            new M(
                                    "Lerninsel an der Grundschule",
                                    LANGUAGE,
                                    "Integrationsstelle der Gemeinde",
                                    List.of("Grundschule", "Förderverein"),
                                    Measure.Status.IN_PROGRESS,
                                    70,
                                    false,
                                    true,
                                    "Nach dem Vorbild der Lerninsel in Tiefenbronn: Lernförderung für Kinder mit Unterstützungsbedarf, eng abgestimmt mit der Schule."),
                            new M(
                                    "Hausaufgabenhilfe durch Ehrenamtliche",
                                    FAMILY,
                                    "Freundeskreis Asyl",
                                    List.of("Grundschule"),
                                    Measure.Status.ON_HOLD,
                                    20,
                                    true,
                                    true,
                                    "Pausiert, bis neue Ehrenamtliche gefunden sind."),
                            new M(
                                    "Sprachcafé für Eltern",
                                    DIALOGUE,
                                    "Familienzentrum",
                                    List.of(),
                                    Measure.Status.DROPPED,
                                    0,
                                    false,
                                    false,
                                    "Zugunsten der Elternabende der Schule verworfen."))),
            new G(
                    "Integration als Daueraufgabe der Verwaltung",
                    null,
                    0,
                    0,
                    0,
                    List.of(new M(
                            "Integrationskonzept im Gemeinderat verankern",
                            ADMINISTRATION,
                            "Hauptamt",
                            List.of("Gemeinderat"),
                            Measure.Status.PLANNED,
                            0,
                            false,
                            true,
                            null))));

    /** Which sites get a roadmap, in which state, and how far along (an offset that varies measure states). */
    record Plan(
            String round, String applicantKey, Roadmap.Status status, LocalDate adoptedOn, int goals, int advance) {}

    static final List<Plan> PLANS = List.of(
            new Plan("round-1", "08437078", Roadmap.Status.IN_IMPLEMENTATION, LocalDate.of(2019, 3, 21), 4, 1),
            new Plan("round-2", "08116019", Roadmap.Status.IN_IMPLEMENTATION, LocalDate.of(2020, 6, 18), 3, 0),
            new Plan("round-2", "08415061", Roadmap.Status.ADOPTED, LocalDate.of(2020, 7, 9), 3, 2),
            new Plan("round-2", "08135019", Roadmap.Status.DRAFT, null, 2, 3));

    @Inject
    AuditTrail audit;

    @Transactional
    public int load() {
        int created = 0;
        for (Plan plan : PLANS) {
            Site site = Site.find(
                            "roundId = ?1 and applicantKey = ?2", RoundDemoData.id(plan.round()), plan.applicantKey())
                    .firstResult();
            if (site == null || Roadmap.findById(site.id) != null) {
                continue;
            }
            roadmap(site, plan);
            created++;
        }
        return created;
    }

    private void roadmap(Site site, Plan plan) {
        String name = AdministrativeArea.<AdministrativeArea>findByIdOptional(site.applicantKey)
                .map(a -> a.name)
                .orElse(site.applicantKey);
        Instant at = Instant.parse(plan.round().equals("round-1") ? "2018-11-05T09:00:00Z" : "2019-12-02T09:00:00Z");
        LocalDate start = plan.round().equals("round-1") ? LocalDate.of(2018, 10, 1) : LocalDate.of(2019, 11, 1);
        Roadmap r = new Roadmap();
        r.siteId = site.id;
        r.vision = "In " + name
                + " arbeiten Haupt- und Ehrenamt Hand in Hand, damit alle Neubürgerinnen und Neubürger Anschluss finden – "
                + "in Schule, Arbeit und Verein.";
        r.status = plan.status();
        r.adoptedOn = plan.adoptedOn();
        r.councilResolution = plan.adoptedOn() == null
                ? null
                : "Gemeinderatsbeschluss vom "
                        + plan.adoptedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        r.createdAt = at;
        r.updatedAt = at;
        r.persist();
        audit.recordAs(RoundDemoData.ACTOR, "", "roadmap", site.id, Action.CREATE, List.of("vision", "status"));

        for (int g = 0; g < plan.goals(); g++) {
            G template = GOALS.get(g);
            Goal goal = new Goal();
            goal.id = RoundDemoData.id("goal-" + site.id + "-" + g);
            goal.siteId = site.id;
            goal.position = g + 1;
            goal.title = template.title();
            if (template.indicator() != null) {
                goal.indicatorName = template.indicator();
                goal.indicatorBaseline = BigDecimal.valueOf(template.baseline());
                goal.indicatorTarget = BigDecimal.valueOf(template.target());
                goal.indicatorCurrent =
                        BigDecimal.valueOf(Math.max(template.baseline(), template.current() - 3L * plan.advance()));
            }
            goal.createdAt = at;
            goal.updatedAt = at;
            goal.persist();
            for (int i = 0; i < template.measures().size(); i++) {
                M m = template.measures().get(i);
                Measure measure = new Measure();
                measure.id = RoundDemoData.id("measure-" + site.id + "-" + g + "-" + i);
                measure.goalId = goal.id;
                measure.title = m.title();
                measure.description = m.description();
                measure.topicId = m.topic();
                measure.responsible = m.responsible();
                measure.partners.addAll(m.partners());
                measure.startDate = start.plusMonths(2L * i);
                measure.endDate = measure.startDate.plusMonths(9);
                // Sites further behind (a higher advance) have moved fewer measures on.
                boolean behind =
                        plan.advance() > 0 && (i + g + plan.advance()) % 3 == 0 && m.status() != Measure.Status.DROPPED;
                measure.status = behind ? Measure.Status.PLANNED : m.status();
                measure.progress = behind ? 0 : m.progress();
                measure.buildsOnExisting = m.existing();
                measure.isPublic = m.isPublic();
                measure.createdAt = at.plusSeconds(i); // keeps the template's order (measures are listed by creation)
                measure.updatedAt = at;
                measure.persist();
            }
        }
        List<Milestone> milestones = milestones(site, at, start, plan);
        milestones.forEach(m -> m.persist());
    }

    /** The programme's process modules as milestones, the early ones done, the council resolution on the adoption date. */
    private static List<Milestone> milestones(Site site, Instant at, LocalDate start, Plan plan) {
        Program program = Program.findById(DemoData.PROGRAM_ID);
        List<Milestone> result = new java.util.ArrayList<>();
        for (int i = 0; i < program.processModules.size(); i++) {
            String title = program.processModules.get(i).title;
            Milestone m = new Milestone();
            m.id = RoundDemoData.id("milestone-" + site.id + "-" + i);
            m.siteId = site.id;
            m.position = i + 1;
            m.title = title;
            m.dueDate = title.equals("Gemeinderatsbeschluss") && plan.adoptedOn() != null
                    ? plan.adoptedOn()
                    : title.equals("Abschlusspräsentation") && site.finalPresentationDate != null
                            ? site.finalPresentationDate
                            : start.minusMonths(1).plusMonths(2L * i);
            // A completed site has given its final presentation (round 1 ended with it in 2019), whatever its roadmap's
            // stage: the municipality keeps implementing after the facilitation ends.
            boolean done = plan.status() != Roadmap.Status.DRAFT ? i <= 5 : i <= 1;
            done |= site.status == Site.Status.COMPLETED && title.equals("Abschlusspräsentation");
            m.doneOn = done ? m.dueDate : null;
            m.createdAt = at;
            m.updatedAt = at;
            result.add(m);
        }
        return result;
    }

    private static UUID topic(int n) {
        return UUID.fromString(String.format("7a000000-0000-4000-8000-%012d", n));
    }
}
