package de.pakt.roadmap.export;

import java.time.LocalDate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import de.pakt.common.documents.PdfKit;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapSnapshot.GoalRow;
import de.pakt.roadmap.export.RoadmapSnapshot.MeasureRow;

/** The roadmap as an A4 PDF in German (house style in PdfKit). */
final class RoadmapPdf {

    private RoadmapPdf() {}

    static byte[] write(RoadmapSnapshot s) {
        PdfKit pdf = new PdfKit(
                "Fahrplan " + s.siteName(),
                s.programTitle() + " – " + s.roundTitle(),
                "Fahrplan " + s.siteName() + " · Stand " + PdfKit.date(s.printedOn()));
        pdf.title("Fahrplan " + s.siteName(), s.programTitle() + " – " + s.roundTitle());
        PdfPTable facts = pdf.table(1.3f, 3f);
        pdf.fact(facts, "Status", RoadmapSnapshot.label(s.status()));
        pdf.fact(facts, "Beschlossen am", PdfKit.date(s.adoptedOn()));
        pdf.fact(facts, "Gemeinderatsbeschluss", s.councilResolution());
        pdf.fact(facts, "Fortschritt", PdfKit.percent(s.progress()));
        pdf.add(facts);

        pdf.heading("Vision");
        pdf.text(s.vision() == null ? "–" : s.vision());

        pdf.heading("Ziele und Maßnahmen");
        if (s.goals().isEmpty()) {
            pdf.text("Noch keine Ziele.");
        }
        for (GoalRow g : s.goals()) {
            Paragraph title = new Paragraph();
            title.add(new Chunk("Ziel " + g.number() + ": " + g.goal().title, pdf.strong));
            title.add(new Chunk("   Fortschritt " + PdfKit.percent(g.progress()), pdf.small));
            title.setSpacingBefore(8);
            pdf.add(title);
            if (g.goal().description != null) {
                pdf.text(g.goal().description);
            }
            if (g.goal().indicatorName != null) {
                pdf.add(new Paragraph(
                        "Indikator: " + g.goal().indicatorName + " – Ausgangswert "
                                + PdfKit.number(g.goal().indicatorBaseline) + ", Zielwert "
                                + PdfKit.number(g.goal().indicatorTarget) + ", aktuell "
                                + PdfKit.number(g.goal().indicatorCurrent),
                        pdf.small));
            }
            if (g.measures().isEmpty()) {
                pdf.add(new Paragraph("Noch keine Maßnahmen.", pdf.small));
                continue;
            }
            PdfPTable t = pdf.table(3.0f, 1.8f, 1.7f, 1.7f, 1.3f, 1.5f);
            pdf.header(t, "Maßnahme", "Handlungsfeld", "Verantwortlich", "Zeitraum", "Status", "Fortschritt");
            for (MeasureRow m : g.measures()) {
                pdf.cell(
                        t,
                        m.measure().title
                                + (m.measure().partners.isEmpty()
                                        ? ""
                                        : "\nPartner: " + String.join(", ", m.measure().partners))
                                + (m.measure().buildsOnExisting ? "\nbaut auf Bestehendem auf" : ""));
                pdf.cell(t, m.topic());
                pdf.cell(t, m.measure().responsible);
                pdf.cell(t, period(m.measure().startDate, m.measure().endDate));
                pdf.cell(t, RoadmapSnapshot.label(m.measure().status));
                pdf.cell(t, PdfKit.percent(m.share()), Element.ALIGN_RIGHT);
            }
            pdf.add(t);
        }

        pdf.heading("Meilensteine");
        PdfPTable ms = pdf.table(4f, 1.5f, 1.5f, 1.3f);
        pdf.header(ms, "Meilenstein", "Fällig", "Erreicht am", "Stand");
        for (Milestone m : s.milestones()) {
            pdf.cell(ms, m.title);
            pdf.cell(ms, PdfKit.date(m.dueDate));
            pdf.cell(ms, PdfKit.date(m.doneOn));
            pdf.cell(ms, RoadmapSnapshot.milestoneState(m, s.printedOn()));
        }
        pdf.add(ms);
        return pdf.finish();
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "–";
        }
        return (from == null ? "" : PdfKit.date(from)) + " –\n" + (to == null ? "" : PdfKit.date(to));
    }
}
