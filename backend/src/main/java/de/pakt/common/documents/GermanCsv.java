package de.pakt.common.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Pakt writes: UTF-8 with BOM and semicolons, as German Excel opens it, and no text cell that a spreadsheet
 * would run as a formula. Text starting with {@code = + - @}, tab or carriage return gets a leading apostrophe (OWASP's
 * CSV-injection guidance), so {@code =HYPERLINK(…)} typed into a measure stays text in the steering group's Excel.
 */
public final class GermanCsv {

    private GermanCsv() {}

    /** A row's cells: text cells are neutralised here, numbers and dates are formatted by the caller. */
    public record Cell(String value, boolean text) {
        public static Cell text(String value) {
            return new Cell(value, true);
        }

        public static Cell formatted(String value) {
            return new Cell(value, false);
        }
    }

    public static byte[] write(List<String> header, List<List<Cell>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            writer.write('\uFEFF');
            csv.printRecord(header.stream().map(GermanCsv::neutralise).toList());
            for (List<Cell> row : rows) {
                csv.printRecord(row.stream()
                        .map(c -> c.value() == null ? "" : c.text() ? neutralise(c.value()) : c.value())
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text as a spreadsheet shows it, never as a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
