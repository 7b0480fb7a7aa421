package de.pakt.demo;

import java.util.List;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.config.PaktConfig;
import de.pakt.program.ProcessModule;
import de.pakt.program.Program;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Demo data for make run: loaded at start-up when pakt.demo-data.enabled is true, never by a migration.
 * Idempotent: every record has a fixed id and is only inserted when missing, so a restart neither duplicates
 * records nor overwrites what a user changed.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ACTOR = "system:demo-data";

    /** Fixed id of the seeds' programme, so that later features' demo data can refer to it. */
    public static final UUID PROGRAM_ID = UUID.fromString("6f1f3c1e-5a43-4c1b-9d0e-2a7b8c9d0e01");

    public static final UUID SECOND_PROGRAM_ID = UUID.fromString("6f1f3c1e-5a43-4c1b-9d0e-2a7b8c9d0e02");

    @Inject
    PaktConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    RoundDemoData rounds;

    @Inject
    FacilitationDemoData facilitation;

    @Inject
    RoadmapDemoData roadmaps;

    @Inject
    NetworkDemoData network;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    @Transactional
    public void load() {
        int created = 0;
        if (Program.findById(PROGRAM_ID) == null) {
            Program p = program(
                    PROGRAM_ID,
                    "Integration durch Bürgerschaftliches Engagement und Zivilgesellschaft – Prozessbegleitung für Kommunen und Landkreise",
                    "Im Rahmen des Pakts für Integration mit den Kommunen fördert das Land die Prozessbegleitung von Kommunen, "
                            + "Landkreisen und Gemeindeverwaltungsverbänden: Prozessbegleiterinnen und Prozessbegleiter entwickeln "
                            + "mit Haupt- und Ehrenamt vor Ort einen Fahrplan für eine gelingende Integration. Ein Lernnetzwerk mit "
                            + "Regionalkonferenzen verbindet die teilnehmenden Kommunen.");
            p.processModules.addAll(List.of(
                    new ProcessModule(
                            "Auftaktgespräch",
                            "Erstes Gespräch der Kommune mit ihrer Prozessbegleitung: Ziele, Rollen, Zeitplan."),
                    new ProcessModule(
                            "Bestandsaufnahme", "Welche Angebote, Strukturen und Initiativen gibt es bereits vor Ort?"),
                    new ProcessModule(
                            "Beteiligungswerkstatt",
                            "Bürgerinnen und Bürger, Ehrenamtliche und Geflüchtete entwickeln gemeinsam Ideen."),
                    new ProcessModule(
                            "Lokaler Steuerungskreis",
                            "Verwaltung, Politik und Zivilgesellschaft steuern den Prozess gemeinsam."),
                    new ProcessModule(
                            "Maßnahmenplanung",
                            "Aus den Ideen wird ein Maßnahmenplan mit Verantwortlichen und Zeitplan."),
                    new ProcessModule(
                            "Gemeinderatsbeschluss", "Der Gemeinderat oder Kreistag beschließt den Fahrplan."),
                    new ProcessModule(
                            "Abschlusspräsentation", "Die Kommune stellt ihre Ergebnisse im Lernnetzwerk vor.")));
            p.persist();
            audit.recordAs(ACTOR, "", "program", p.id, Action.CREATE, List.of("title"));
            created++;
        }
        if (Program.findById(SECOND_PROGRAM_ID) == null) {
            Program p = program(
                    SECOND_PROGRAM_ID,
                    "Gemeinsam in Vielfalt – Lokale Bündnisse für Flüchtlingshilfe",
                    "Förderprogramm für lokale Bündnisse von Haupt- und Ehrenamt in der Flüchtlingshilfe; im Jahr 2019 in der vierten Auflage.");
            p.coordinatingBody = "Ministerium für Soziales und Integration Baden-Württemberg";
            p.persist();
            audit.recordAs(ACTOR, "", "program", p.id, Action.CREATE, List.of("title"));
            created++;
        }
        int createdRounds = rounds.load(PROGRAM_ID);
        int facilitators = facilitation.load();
        int createdRoadmaps = roadmaps.load();
        int events = network.load();
        LOG.infof(
                "Demo data: %d programme(s), %d round(s), %d facilitator(s), %d roadmap(s), %d event(s) created; the rest was present already",
                created, createdRounds, facilitators, createdRoadmaps, events);
    }

    private static Program program(UUID id, String title, String description) {
        Program p = new Program();
        p.id = id;
        p.title = title;
        p.description = description;
        p.funder = "Ministerium für Soziales und Integration Baden-Württemberg";
        p.coordinatingBody = "Führungsakademie Baden-Württemberg";
        p.umbrella = "Pakt für Integration mit den Kommunen (2017)";
        p.published = true;
        return p;
    }
}
