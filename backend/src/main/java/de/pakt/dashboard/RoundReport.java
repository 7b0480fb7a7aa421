package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import de.pakt.api.model.ApplicationCounts;
import de.pakt.api.model.Dashboard;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.api.model.MeasureCounts;
import de.pakt.common.documents.PdfKit;
import de.pakt.common.documents.Texts;
import de.pakt.common.i18n.Message;
import de.pakt.common.web.GermanTime;
import de.pakt.program.Program;
import de.pakt.roadmap.Measure;
import de.pakt.round.FundingRound;
import de.pakt.selection.SelectionDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The round report for the steering group's meeting, in the reader's language: summary, selection, sites, budget,
 * progress and events. Built from the same figures and lists as the dashboard, so the paper and the screen agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundReport {

    @Inject
    DashboardService dashboard;

    @Inject
    DashboardLists lists;

    public byte[] pdf(FundingRound round, Locale locale) {
        Texts t = new Texts(locale);
        DashboardFilter f = new DashboardFilter(null, round.id, null);
        Dashboard d = dashboard.dashboard(f);
        Program program = Program.findById(round.programId);
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        PdfKit pdf = new PdfKit(
                t,
                t.text("dashboard.report.document", round.title),
                program.title,
                t.text("dashboard.report.footer", round.title, today));
        pdf.title(t.text("dashboard.report.title", round.title), program.title);

        pdf.heading(t.text("dashboard.report.summary"));
        PdfPTable facts = pdf.table(1.6f, 3f);
        pdf.fact(facts, t.text("dashboard.report.roundStatus"), t.label(round.status));
        pdf.fact(
                facts,
                t.text("dashboard.report.applicationWindow"),
                t.date(round.windowOpensAt.atZone(GermanTime.BERLIN).toLocalDate()) + " – "
                        + t.date(round.windowClosesAt.atZone(GermanTime.BERLIN).toLocalDate()));
        pdf.fact(
                facts,
                t.text("dashboard.report.roundBudget"),
                t.text(
                        "dashboard.report.roundBudgetValue",
                        new Message.Euros(round.totalBudgetCents),
                        new Message.Euros(round.capPerSiteCents)));
        pdf.fact(
                facts,
                t.text("dashboard.report.sites"),
                t.text("dashboard.report.sitesValue", d.getSites().getTotal(), round.targetSites));
        pdf.fact(
                facts,
                t.text("dashboard.report.progress"),
                t.percent(d.getProgress() == null ? OptionalDouble.empty() : OptionalDouble.of(d.getProgress())));
        pdf.fact(facts, t.text("dashboard.report.asOf"), t.date(today));
        pdf.add(facts);

        pdf.heading(t.text("dashboard.report.selection"));
        ApplicationCounts a = d.getApplications();
        pdf.text(
                a.getInReview() > 0
                        ? t.text(
                                "dashboard.report.applicationsInReview",
                                a.getReceived(),
                                a.getSelected(),
                                a.getWaitlisted(),
                                a.getRejected(),
                                a.getWithdrawn(),
                                a.getInReview())
                        : t.text(
                                "dashboard.report.applications",
                                a.getReceived(),
                                a.getSelected(),
                                a.getWaitlisted(),
                                a.getRejected(),
                                a.getWithdrawn()));
        SelectionDecision decision = SelectionDecision.find(
                        "roundId = ?1 and status = ?2 order by revision desc", round.id, SelectionDecision.Status.FINAL)
                .firstResult();
        if (decision != null) {
            pdf.text(
                    decision.rationale == null
                            ? t.text("dashboard.report.decision", decision.meetingDate)
                            : t.text(
                                    "dashboard.report.decisionWithRationale",
                                    decision.meetingDate,
                                    decision.rationale));
        }

        pdf.heading(t.text("dashboard.report.sitesAndBudget"));
        DashboardTable sites = lists.table(DashboardList.SITES, f, new DashboardLists.Extra(null, null, null), locale);
        PdfPTable st = pdf.table(2.4f, 2f, 1.2f, 2f, 1.4f, 1.4f);
        pdf.header(
                st,
                label(sites, "site"),
                label(sites, "district"),
                label(sites, "status"),
                label(sites, "lead"),
                t.text("dashboard.report.granted"),
                t.text("dashboard.report.booked"));
        for (List<String> row : sites.getRows()) {
            pdf.cell(st, cell(sites, row, "site"));
            pdf.cell(st, cell(sites, row, "district"));
            pdf.cell(st, cell(sites, row, "status"));
            pdf.cell(st, cell(sites, row, "lead"));
            pdf.cell(st, t.euros(Long.parseLong(cell(sites, row, "granted"))), Element.ALIGN_RIGHT);
            pdf.cell(st, t.euros(Long.parseLong(cell(sites, row, "booked"))), Element.ALIGN_RIGHT);
        }
        pdf.add(st);
        pdf.text(t.text(
                "dashboard.report.budget",
                new Message.Euros(d.getBudget().getGrantedCents()),
                new Message.Euros(d.getBudget().getBookedCents()),
                new Message.Euros(d.getBudget().getRemainingCents())));

        pdf.heading(t.text("dashboard.report.progress"));
        MeasureCounts m = d.getMeasures();
        pdf.text(t.text(
                "dashboard.report.measures",
                m.getDone(),
                m.getInProgress(),
                m.getPlanned(),
                m.getOnHold(),
                m.getDropped(),
                d.getMilestones().getOverdue(),
                d.getMilestones().getDueSoon()));
        if (!d.getMeasuresByTopic().isEmpty()) {
            PdfPTable tt = pdf.table(3f, 1f, 1f, 1f, 1f, 1f);
            pdf.header(
                    tt,
                    t.text("dashboard.column.topic"),
                    t.label(Measure.Status.PLANNED),
                    t.label(Measure.Status.IN_PROGRESS),
                    t.label(Measure.Status.DONE),
                    t.label(Measure.Status.ON_HOLD),
                    t.label(Measure.Status.DROPPED));
            d.getMeasuresByTopic().forEach(topic -> {
                pdf.cell(
                        tt,
                        topic.getTopic() == null
                                ? t.text("dashboard.report.noTopic")
                                : topic.getTopic().getName());
                for (int n : new int[] {
                    topic.getMeasures().getPlanned(),
                    topic.getMeasures().getInProgress(),
                    topic.getMeasures().getDone(),
                    topic.getMeasures().getOnHold(),
                    topic.getMeasures().getDropped()
                }) {
                    pdf.cell(tt, String.valueOf(n), Element.ALIGN_RIGHT);
                }
            });
            pdf.add(tt);
        }

        pdf.heading(t.text("dashboard.report.network"));
        pdf.text(t.text(
                "dashboard.report.events",
                d.getEvents().getHeld(),
                d.getEvents().getUpcoming(),
                d.getEvents().getAttended(),
                d.getEvents().getNoShows()));
        DashboardTable events =
                lists.table(DashboardList.EVENTS, f, new DashboardLists.Extra(null, null, null), locale);
        if (!events.getRows().isEmpty()) {
            PdfPTable et = pdf.table(3.2f, 1.3f, 1.8f, 1.6f, 1.1f);
            pdf.header(
                    et,
                    label(events, "event"),
                    label(events, "date"),
                    label(events, "place"),
                    label(events, "status"),
                    t.text("dashboard.column.attendances"));
            for (List<String> row : events.getRows()) {
                String date = cell(events, row, "date");
                pdf.cell(et, cell(events, row, "event"));
                pdf.cell(et, date == null ? null : t.date(LocalDate.parse(date)));
                pdf.cell(et, cell(events, row, "place"));
                pdf.cell(et, cell(events, row, "status"));
                pdf.cell(et, cell(events, row, "attended"), Element.ALIGN_RIGHT);
            }
            pdf.add(et);
        }
        return pdf.finish();
    }

    /** A column's heading in a dashboard list, by its key. */
    private static String label(DashboardTable table, String key) {
        return table.getColumns().get(index(table, key)).getLabel();
    }

    /** A row's cell in a dashboard list, by its column's key (not its position, which may change). */
    private static String cell(DashboardTable table, List<String> row, String key) {
        return row.get(index(table, key));
    }

    private static int index(DashboardTable table, String key) {
        for (int c = 0; c < table.getColumns().size(); c++) {
            if (table.getColumns().get(c).getKey().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No column " + key + " in the list " + table.getList());
    }
}
