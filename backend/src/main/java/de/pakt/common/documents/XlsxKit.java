package de.pakt.common.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The house style of Pakt's workbooks (Apache POI), shared by every XLSX: a bold header row frozen at the top and
 * typed cells — numbers, euro amounts, percentages and dates are cells of their kind, shown in the formats of the
 * reader's language, so a spreadsheet can calculate and sort with them. A null value leaves its cell empty.
 */
public final class XlsxKit {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle euro;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle wrap;

    public XlsxKit(Texts texts) {
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(boldFont);
        boolean english = texts.english();
        date = formatted(english ? "d mmm yyyy" : "dd.mm.yyyy");
        euro = formatted(english ? "\"€\"#,##0.00" : "#,##0.00 \"€\"");
        decimal = formatted("#,##0.##");
        percent = formatted(english ? "0.0\"%\"" : "0.0\" %\"");
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    public Sheet sheet(String name) {
        return book.createSheet(name);
    }

    /** The first row: bold titles, kept in view while scrolling. */
    public void header(Sheet sheet, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            label(row, c, titles.get(c));
        }
        sheet.createFreezePane(0, 1);
    }

    public void label(Row row, int column, String value) {
        styled(row, column, value, bold);
    }

    public void text(Row row, int column, String value) {
        styled(row, column, value, null);
    }

    public void wrapped(Row row, int column, String value) {
        styled(row, column, value, wrap);
    }

    public void number(Row row, int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    /** A number with thousands grouping and at most two decimals. */
    public void decimal(Row row, int column, Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(decimal);
        }
    }

    public void euros(Row row, int column, Number value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(euro);
        }
    }

    /** A percentage as a number from 0 to 100 (not a fraction), so it reads as on the screen. */
    public void percent(Row row, int column, OptionalDouble value) {
        if (value.isPresent()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.getAsDouble());
            cell.setCellStyle(percent);
        }
    }

    public void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    /** Column widths in characters, from the first column on. */
    public static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    public byte[] finish() {
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle formatted(String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    private static void styled(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
