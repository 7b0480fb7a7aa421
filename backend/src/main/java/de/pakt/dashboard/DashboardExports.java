package de.pakt.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.pakt.api.model.DashboardColumn;
import de.pakt.api.model.DashboardTable;
import de.pakt.common.documents.GermanCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dashboard table as the files German offices open: CSV in UTF-8 with BOM, semicolon-separated, decimal commas and
 * dd.MM.yyyy dates (German Excel reads it as it is), and XLSX with typed cells (numbers, euro amounts and dates as
 * such, with an autofilter).
 */
public final class DashboardExports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DashboardExports() {}

    public static byte[] csv(DashboardTable table) {
        DecimalFormat decimal = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        DecimalFormat euro = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        List<List<GermanCsv.Cell>> rows = new ArrayList<>();
        for (List<String> row : table.getRows()) {
            List<GermanCsv.Cell> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                cells.add(
                        v == null
                                ? GermanCsv.Cell.formatted("")
                                : switch (table.getColumns().get(c).getType()) {
                                    case NUMBER, PERCENT -> GermanCsv.Cell.formatted(decimal.format(new BigDecimal(v)));
                                    case EURO ->
                                        GermanCsv.Cell.formatted(euro.format(new BigDecimal(v).movePointLeft(2)));
                                    case DATE ->
                                        GermanCsv.Cell.formatted(
                                                LocalDate.parse(v).format(GERMAN_DATE));
                                    case TEXT -> GermanCsv.Cell.text(v);
                                });
            }
            rows.add(cells);
        }
        return GermanCsv.write(
                table.getColumns().stream().map(DashboardColumn::getLabel).toList(), rows);
    }

    public static byte[] xlsx(DashboardTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.getTitle());
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle euro = book.createCellStyle();
            euro.setDataFormat(book.createDataFormat().getFormat("#,##0.00 \"€\""));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
            List<DashboardColumn> columns = table.getColumns();
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).getLabel());
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<String> values : table.getRows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (columns.get(c).getType()) {
                        case NUMBER, PERCENT -> {
                            cell.setCellValue(Double.parseDouble(v));
                            cell.setCellStyle(decimal);
                        }
                        case EURO -> {
                            cell.setCellValue(new BigDecimal(v).movePointLeft(2).doubleValue());
                            cell.setCellStyle(euro);
                        }
                        case DATE -> {
                            cell.setCellValue(LocalDate.parse(v));
                            cell.setCellStyle(date);
                        }
                        case TEXT -> cell.setCellValue(v);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(
                        c, Math.min(60, Math.max(12, columns.get(c).getLabel().length() + 4)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
