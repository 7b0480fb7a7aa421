package de.pakt.dashboard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.pakt.api.model.DashboardColumn;
import de.pakt.api.model.DashboardTable;
import de.pakt.common.documents.GermanCsv;
import de.pakt.common.documents.Texts;
import de.pakt.common.documents.XlsxKit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A dashboard table as the files offices open: CSV in UTF-8 with BOM and semicolon-separated (German Excel reads it
 * as it is), with numbers and dates written in the reader's language (decimal commas and dd.MM.yyyy in German), and
 * XLSX with typed cells (numbers, euro amounts and dates as such, with an autofilter).
 */
public final class DashboardExports {

    public static final String CSV = "text/csv";

    private DashboardExports() {}

    public static byte[] csv(DashboardTable table, Texts texts) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(texts.english() ? Locale.UK : Locale.GERMANY);
        DecimalFormat decimal = new DecimalFormat("0.##", symbols);
        DecimalFormat euro = new DecimalFormat("0.00", symbols);
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
                                    case DATE -> GermanCsv.Cell.formatted(texts.date(LocalDate.parse(v)));
                                    case TEXT -> GermanCsv.Cell.text(v);
                                });
            }
            rows.add(cells);
        }
        return GermanCsv.write(
                table.getColumns().stream().map(DashboardColumn::getLabel).toList(), rows);
    }

    public static byte[] xlsx(DashboardTable table, Texts texts) {
        XlsxKit xlsx = new XlsxKit(texts);
        Sheet sheet = xlsx.sheet(table.getTitle());
        List<DashboardColumn> columns = table.getColumns();
        xlsx.header(sheet, columns.stream().map(DashboardColumn::getLabel).toList());
        int r = 1;
        for (List<String> values : table.getRows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v == null) {
                    continue;
                }
                switch (columns.get(c).getType()) {
                    case NUMBER, PERCENT -> xlsx.decimal(row, c, new BigDecimal(v));
                    case EURO -> xlsx.euros(row, c, new BigDecimal(v).movePointLeft(2));
                    case DATE -> xlsx.date(row, c, LocalDate.parse(v));
                    case TEXT -> xlsx.text(row, c, v);
                }
            }
        }
        if (!columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(
                    c, Math.min(60, Math.max(12, columns.get(c).getLabel().length() + 4)) * 256);
        }
        return xlsx.finish();
    }
}
