package de.pakt.roadmap.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapSnapshot.GoalRow;
import de.pakt.roadmap.export.RoadmapSnapshot.MeasureRow;

/** The roadmap as an A4 PDF in German, with embedded fonts so that every name prints (not only Latin-1). */
final class RoadmapPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final Color ACCENT = new Color(0x1c, 0x4e, 0x80);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);
    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    private final Font body = new Font(REGULAR, 10);
    private final Font small = new Font(REGULAR, 8.5f, Font.NORMAL, Color.DARK_GRAY);
    private final Font strong = new Font(BOLD, 10);
    private final Font h1 = new Font(BOLD, 18, Font.NORMAL, ACCENT);
    private final Font h2 = new Font(BOLD, 13, Font.NORMAL, ACCENT);
    private final Font th = new Font(BOLD, 9);
    private final Font td = new Font(REGULAR, 9);

    private RoadmapPdf() {
    }

    static byte[] write(RoadmapSnapshot s) {
        return new RoadmapPdf().render(s);
    }

    private byte[] render(RoadmapSnapshot s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
        doc.addTitle("Fahrplan " + s.siteName());
        doc.addSubject(s.programTitle() + " – " + s.roundTitle());
        doc.addCreator("Pakt");
        HeaderFooter footer = new HeaderFooter(new Phrase("Fahrplan " + s.siteName() + " · Stand " + DATE.format(s.printedOn()) + " · Seite ", small),
                true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        doc.setFooter(footer);
        doc.open();

        doc.add(new Paragraph("Fahrplan " + s.siteName(), h1));
        doc.add(new Paragraph(s.programTitle() + " – " + s.roundTitle(), small));
        doc.add(spacer());
        PdfPTable facts = table(new float[] { 1.3f, 3f });
        fact(facts, "Status", RoadmapSnapshot.label(s.status()));
        fact(facts, "Beschlossen am", s.adoptedOn() == null ? "–" : DATE.format(s.adoptedOn()));
        fact(facts, "Gemeinderatsbeschluss", dash(s.councilResolution()));
        fact(facts, "Fortschritt", percent(s.progress()));
        doc.add(facts);

        doc.add(heading("Vision"));
        doc.add(new Paragraph(dash(s.vision()), body));

        doc.add(heading("Ziele und Maßnahmen"));
        if (s.goals().isEmpty()) {
            doc.add(new Paragraph("Noch keine Ziele.", body));
        }
        for (GoalRow g : s.goals()) {
            Paragraph title = new Paragraph();
            title.add(new Chunk("Ziel " + g.number() + ": " + g.goal().title, strong));
            title.add(new Chunk("   Fortschritt " + percent(g.progress()), small));
            title.setSpacingBefore(8);
            doc.add(title);
            if (g.goal().description != null) {
                doc.add(new Paragraph(g.goal().description, body));
            }
            if (g.goal().indicatorName != null) {
                doc.add(new Paragraph("Indikator: " + g.goal().indicatorName + " – Ausgangswert " + number(g.goal().indicatorBaseline) + ", Zielwert "
                        + number(g.goal().indicatorTarget) + ", aktuell " + number(g.goal().indicatorCurrent), small));
            }
            if (g.measures().isEmpty()) {
                doc.add(new Paragraph("Noch keine Maßnahmen.", small));
                continue;
            }
            PdfPTable t = table(new float[] { 3.0f, 1.8f, 1.7f, 1.7f, 1.3f, 1.5f });
            header(t, "Maßnahme", "Handlungsfeld", "Verantwortlich", "Zeitraum", "Status", "Fortschritt");
            for (MeasureRow m : g.measures()) {
                String text = m.measure().title
                        + (m.measure().partners.isEmpty() ? "" : "\nPartner: " + String.join(", ", m.measure().partners))
                        + (m.measure().buildsOnExisting ? "\nbaut auf Bestehendem auf" : "");
                cell(t, text);
                cell(t, dash(m.topic()));
                cell(t, dash(m.measure().responsible));
                cell(t, period(m.measure().startDate, m.measure().endDate));
                cell(t, RoadmapSnapshot.label(m.measure().status));
                cell(t, percent(m.share()), Element.ALIGN_RIGHT);
            }
            doc.add(t);
        }

        doc.add(heading("Meilensteine"));
        PdfPTable ms = table(new float[] { 4f, 1.5f, 1.5f, 1.3f });
        header(ms, "Meilenstein", "Fällig", "Erreicht am", "Stand");
        for (Milestone m : s.milestones()) {
            cell(ms, m.title);
            cell(ms, m.dueDate == null ? "–" : DATE.format(m.dueDate));
            cell(ms, m.doneOn == null ? "–" : DATE.format(m.doneOn));
            cell(ms, RoadmapSnapshot.milestoneState(m, s.printedOn()));
        }
        doc.add(ms);
        doc.close();
        return out.toByteArray();
    }

    static String percent(OptionalDouble value) {
        if (value.isEmpty()) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMaximumFractionDigits(1);
        return f.format(value.getAsDouble()) + " %";
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(Locale.GERMANY).format(value);
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "–";
        }
        return (from == null ? "" : DATE.format(from)) + " –\n" + (to == null ? "" : DATE.format(to));
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ");
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(0);
        return t;
    }

    private void header(PdfPTable t, String... titles) {
        for (String title : titles) {
            PdfPCell c = new PdfPCell(new Phrase(title, th));
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(4);
            t.addCell(c);
        }
        t.setHeaderRows(1);
    }

    private void cell(PdfPTable t, String text) {
        cell(t, text, Element.ALIGN_LEFT);
    }

    private void cell(PdfPTable t, String text, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text, td));
        c.setPadding(4);
        c.setHorizontalAlignment(alignment);
        t.addCell(c);
    }

    private void fact(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, th));
        PdfPCell v = new PdfPCell(new Phrase(value, td));
        for (PdfPCell c : new PdfPCell[] { l, v }) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2);
            t.addCell(c);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = RoadmapPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
