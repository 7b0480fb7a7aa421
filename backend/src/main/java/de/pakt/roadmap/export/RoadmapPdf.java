package de.pakt.roadmap.export;

import java.time.LocalDate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import de.pakt.common.documents.PdfKit;
import de.pakt.common.documents.Texts;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapSnapshot.GoalRow;
import de.pakt.roadmap.export.RoadmapSnapshot.MeasureRow;

/** The roadmap as an A4 PDF in the reader's language (house style in PdfKit). */
final class RoadmapPdf {

    private RoadmapPdf() {}

    static byte[] write(RoadmapSnapshot s, Texts t) {
        String title = t.text("roadmap.document.title", s.siteName());
        String subtitle = s.programTitle() + " – " + s.roundTitle();
        PdfKit pdf = new PdfKit(t, title, subtitle, t.text("roadmap.document.footer", s.siteName(), s.printedOn()));
        pdf.title(title, subtitle);
        PdfPTable facts = pdf.table(1.3f, 3f);
        pdf.fact(facts, t.text("roadmap.document.status"), t.label(s.status()));
        pdf.fact(facts, t.text("roadmap.document.adoptedOn"), t.date(s.adoptedOn()));
        pdf.fact(facts, t.text("roadmap.document.councilResolution"), s.councilResolution());
        pdf.fact(facts, t.text("roadmap.document.progress"), t.percent(s.progress()));
        pdf.add(facts);

        pdf.heading(t.text("roadmap.document.vision"));
        pdf.text(s.vision() == null ? Texts.NONE : s.vision());

        pdf.heading(t.text("roadmap.document.goalsAndMeasures"));
        if (s.goals().isEmpty()) {
            pdf.text(t.text("roadmap.document.noGoals"));
        }
        for (GoalRow g : s.goals()) {
            Paragraph goal = new Paragraph();
            goal.add(new Chunk(t.text("roadmap.document.goal", g.number(), g.goal().title), pdf.strong));
            goal.add(new Chunk("   " + t.text("roadmap.document.goalProgress", t.percent(g.progress())), pdf.small));
            goal.setSpacingBefore(8);
            pdf.add(goal);
            if (g.goal().description != null) {
                pdf.text(g.goal().description);
            }
            if (g.goal().indicatorName != null) {
                pdf.add(new Paragraph(
                        t.text(
                                "roadmap.document.indicatorLine",
                                g.goal().indicatorName,
                                t.number(g.goal().indicatorBaseline),
                                t.number(g.goal().indicatorTarget),
                                t.number(g.goal().indicatorCurrent)),
                        pdf.small));
            }
            if (g.measures().isEmpty()) {
                pdf.add(new Paragraph(t.text("roadmap.document.noMeasures"), pdf.small));
                continue;
            }
            PdfPTable table = pdf.table(3.0f, 1.8f, 1.7f, 1.7f, 1.3f, 1.5f);
            pdf.header(
                    table,
                    t.text("roadmap.noun.measure"),
                    t.text("roadmap.document.topic"),
                    t.text("roadmap.document.responsible"),
                    t.text("roadmap.document.period"),
                    t.text("roadmap.document.status"),
                    t.text("roadmap.document.progress"));
            for (MeasureRow m : g.measures()) {
                pdf.cell(
                        table,
                        m.measure().title
                                + (m.measure().partners.isEmpty()
                                        ? ""
                                        : "\n"
                                                + t.text(
                                                        "roadmap.document.partnersOf",
                                                        String.join(", ", m.measure().partners)))
                                + (m.measure().buildsOnExisting
                                        ? "\n" + t.text("roadmap.document.buildsOnExisting")
                                        : ""));
                pdf.cell(table, m.topic());
                pdf.cell(table, m.measure().responsible);
                pdf.cell(table, period(t, m.measure().startDate, m.measure().endDate));
                pdf.cell(table, t.label(m.measure().status));
                pdf.cell(table, t.percent(m.share()), Element.ALIGN_RIGHT);
            }
            pdf.add(table);
        }

        pdf.heading(t.text("roadmap.document.milestones"));
        PdfPTable ms = pdf.table(4f, 1.5f, 1.5f, 1.3f);
        pdf.header(
                ms,
                t.text("roadmap.noun.milestone"),
                t.text("roadmap.document.due"),
                t.text("roadmap.document.reachedOn"),
                t.text("roadmap.document.state"));
        for (Milestone m : s.milestones()) {
            pdf.cell(ms, m.title);
            pdf.cell(ms, t.date(m.dueDate));
            pdf.cell(ms, t.date(m.doneOn));
            pdf.cell(ms, t.label(RoadmapSnapshot.milestoneState(m, s.printedOn())));
        }
        pdf.add(ms);
        return pdf.finish();
    }

    private static String period(Texts t, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Texts.NONE;
        }
        return (from == null ? "" : t.date(from)) + " –\n" + (to == null ? "" : t.date(to));
    }
}
