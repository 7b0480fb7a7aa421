package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import de.pakt.api.model.ApplicationCounts;
import de.pakt.api.model.Dashboard;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.api.model.MeasureCounts;
import de.pakt.common.documents.PdfKit;
import de.pakt.common.web.GermanTime;
import de.pakt.common.web.Money;
import de.pakt.program.Program;
import de.pakt.round.FundingRound;
import de.pakt.selection.SelectionDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The round report for the steering group's meeting, in German: summary, selection, sites, budget, progress and
 * events. Built from the same figures and lists as the dashboard, so the paper and the screen agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundReport {

    @Inject
    DashboardService dashboard;

    @Inject
    DashboardLists lists;

    public byte[] pdf(FundingRound round) {
        DashboardFilter f = new DashboardFilter(null, round.id, null);
        Dashboard d = dashboard.dashboard(f);
        Program program = Program.findById(round.programId);
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        PdfKit pdf = new PdfKit(
                "Bericht " + round.title, program.title, "Bericht " + round.title + " · Stand " + PdfKit.date(today));
        pdf.title("Bericht: " + round.title, program.title);

        pdf.heading("Zusammenfassung");
        PdfPTable facts = pdf.table(1.6f, 3f);
        pdf.fact(
                facts,
                "Status der Runde",
                switch (round.status) {
                    case DRAFT -> "Entwurf";
                    case OPEN -> "Ausschreibung offen";
                    case IN_REVIEW -> "In Bewertung";
                    case DECIDED -> "Entschieden";
                    case RUNNING -> "Laufend";
                    case CLOSED -> "Abgeschlossen";
                });
        pdf.fact(
                facts,
                "Bewerbungsfrist",
                PdfKit.date(round.windowOpensAt.atZone(GermanTime.BERLIN).toLocalDate()) + " – "
                        + PdfKit.date(
                                round.windowClosesAt.atZone(GermanTime.BERLIN).toLocalDate()));
        pdf.fact(
                facts,
                "Budget der Runde",
                Money.euro(round.totalBudgetCents) + " (höchstens " + Money.euro(round.capPerSiteCents)
                        + " je Standort)");
        pdf.fact(facts, "Standorte", d.getSites().getTotal() + " von " + round.targetSites + " geplanten");
        pdf.fact(
                facts,
                "Fortschritt der Fahrpläne",
                PdfKit.percent(d.getProgress() == null ? OptionalDouble.empty() : OptionalDouble.of(d.getProgress())));
        pdf.fact(facts, "Stand", PdfKit.date(today));
        pdf.add(facts);

        pdf.heading("Auswahl");
        ApplicationCounts a = d.getApplications();
        pdf.text(a.getReceived() + " Bewerbungen eingegangen: " + a.getSelected() + " ausgewählt, " + a.getWaitlisted()
                + " auf der Nachrückliste, " + a.getRejected() + " abgelehnt, " + a.getWithdrawn() + " zurückgezogen"
                + (a.getInReview() > 0 ? ", " + a.getInReview() + " in Prüfung" : "") + ".");
        SelectionDecision decision = SelectionDecision.find(
                        "roundId = ?1 and status = ?2 order by revision desc", round.id, SelectionDecision.Status.FINAL)
                .firstResult();
        if (decision != null) {
            pdf.text("Entscheidung der Steuerungsgruppe vom " + PdfKit.date(decision.meetingDate)
                    + (decision.rationale == null ? "." : ": " + decision.rationale));
        }

        pdf.heading("Standorte und Budget");
        DashboardTable sites = lists.table(DashboardList.SITES, f, new DashboardLists.Extra(null, null, null));
        PdfPTable st = pdf.table(2.4f, 2f, 1.2f, 2f, 1.4f, 1.4f);
        pdf.header(st, "Standort", "Kreis", "Status", "Prozessbegleitung", "Bewilligt", "Gebucht");
        for (List<String> row : sites.getRows()) {
            pdf.cell(st, row.get(0));
            pdf.cell(st, row.get(1));
            pdf.cell(st, row.get(4));
            pdf.cell(st, row.get(5));
            pdf.cell(st, Money.euro(Long.parseLong(row.get(6))), Element.ALIGN_RIGHT);
            pdf.cell(st, Money.euro(Long.parseLong(row.get(7))), Element.ALIGN_RIGHT);
        }
        pdf.add(st);
        pdf.text("Bewilligt " + Money.euro(d.getBudget().getGrantedCents()) + ", gebucht "
                + Money.euro(d.getBudget().getBookedCents()) + ", verbleibend "
                + Money.euro(d.getBudget().getRemainingCents()) + ".");

        pdf.heading("Fortschritt der Fahrpläne");
        MeasureCounts m = d.getMeasures();
        pdf.text("Maßnahmen: " + m.getDone() + " erledigt, " + m.getInProgress() + " in Arbeit, " + m.getPlanned()
                + " geplant, " + m.getOnHold()
                + " pausiert, " + m.getDropped() + " verworfen. Meilensteine: "
                + d.getMilestones().getOverdue() + " überfällig, "
                + d.getMilestones().getDueSoon() + " in den nächsten 30 Tagen fällig.");
        if (!d.getMeasuresByTopic().isEmpty()) {
            PdfPTable tt = pdf.table(3f, 1f, 1f, 1f, 1f, 1f);
            pdf.header(tt, "Handlungsfeld", "Geplant", "In Arbeit", "Erledigt", "Pausiert", "Verworfen");
            d.getMeasuresByTopic().forEach(t -> {
                pdf.cell(
                        tt,
                        t.getTopic() == null
                                ? "ohne Handlungsfeld"
                                : t.getTopic().getName());
                for (int n : new int[] {
                    t.getMeasures().getPlanned(),
                    t.getMeasures().getInProgress(),
                    t.getMeasures().getDone(),
                    t.getMeasures().getOnHold(),
                    t.getMeasures().getDropped()
                }) {
                    pdf.cell(tt, String.valueOf(n), Element.ALIGN_RIGHT);
                }
            });
            pdf.add(tt);
        }

        pdf.heading("Lernnetzwerk");
        pdf.text(d.getEvents().getHeld() + " Veranstaltungen haben stattgefunden, "
                + d.getEvents().getUpcoming() + " stehen bevor; "
                + d.getEvents().getAttended() + " Teilnahmen, " + d.getEvents().getNoShows() + " nicht erschienen.");
        DashboardTable events = lists.table(DashboardList.EVENTS, f, new DashboardLists.Extra(null, null, null));
        if (!events.getRows().isEmpty()) {
            PdfPTable et = pdf.table(3.2f, 1.3f, 1.8f, 1.6f, 1.1f);
            pdf.header(et, "Veranstaltung", "Datum", "Ort", "Status", "Teilnahmen");
            for (List<String> row : events.getRows()) {
                pdf.cell(et, row.get(0));
                pdf.cell(et, row.get(1) == null ? null : PdfKit.date(LocalDate.parse(row.get(1))));
                pdf.cell(et, row.get(2));
                pdf.cell(et, row.get(3));
                pdf.cell(et, row.get(5), Element.ALIGN_RIGHT);
            }
            pdf.add(et);
        }
        return pdf.finish();
    }
}
