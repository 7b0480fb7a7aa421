package de.pakt.common.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The house style of Pakt's PDF documents (OpenPDF): A4, in the reader's language, Liberation Sans embedded so every
 * name prints (Yıldız, not only Latin-1), headings in the theme's blue, tables with a shaded header row repeated on
 * each page.
 */
public class PdfKit {

    private static final Color ACCENT = new Color(0x1c, 0x4e, 0x80);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);
    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

    public final Font body = new Font(REGULAR, 10);
    public final Font small = new Font(REGULAR, 8.5f, Font.NORMAL, Color.DARK_GRAY);
    public final Font strong = new Font(BOLD, 10);
    public final Font h1 = new Font(BOLD, 18, Font.NORMAL, ACCENT);
    public final Font h2 = new Font(BOLD, 13, Font.NORMAL, ACCENT);
    private final Font th = new Font(BOLD, 9);
    private final Font td = new Font(REGULAR, 9);

    public final Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Opens a document in the language of {@code texts} with its metadata and a footer "<footer> · Seite n". */
    public PdfKit(Texts texts, String title, String subject, String footer) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.english() ? "en" : "de-DE"));
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("Pakt");
        HeaderFooter foot =
                new HeaderFooter(new Phrase(footer + " · " + texts.text("common.document.page") + " ", small), true);
        foot.setAlignment(Element.ALIGN_CENTER);
        foot.setBorder(Rectangle.NO_BORDER);
        document.setFooter(foot);
        document.open();
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    public void add(Element element) {
        document.add(element);
    }

    public void title(String text, String subtitle) {
        add(new Paragraph(text, h1));
        add(new Paragraph(subtitle, small));
        add(new Paragraph(" "));
    }

    public void heading(String text) {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        add(p);
    }

    public void text(String text) {
        add(new Paragraph(text, body));
    }

    public PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        return t;
    }

    public void header(PdfPTable t, String... titles) {
        for (String title : titles) {
            PdfPCell c = new PdfPCell(new Phrase(title, th));
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(4);
            t.addCell(c);
        }
        t.setHeaderRows(1);
    }

    public void cell(PdfPTable t, String text) {
        cell(t, text, Element.ALIGN_LEFT);
    }

    public void cell(PdfPTable t, String text, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text == null || text.isBlank() ? Texts.NONE : text, td));
        c.setPadding(4);
        c.setHorizontalAlignment(alignment);
        t.addCell(c);
    }

    /** A label and its value, without borders (a facts block). */
    public void fact(PdfPTable t, String label, String value) {
        for (PdfPCell c : new PdfPCell[] {
            new PdfPCell(new Phrase(label, th)), new PdfPCell(new Phrase(value == null ? Texts.NONE : value, td))
        }) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(2);
            t.addCell(c);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
