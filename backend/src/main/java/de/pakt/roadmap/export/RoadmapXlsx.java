package de.pakt.roadmap.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapSnapshot.GoalRow;
import de.pakt.roadmap.export.RoadmapSnapshot.MeasureRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roadmap as a workbook with typed cells (numbers are numbers, dates are dates), so that a municipality can
 * keep working on it in a spreadsheet after the facilitation.
 */
final class RoadmapXlsx {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle wrap;

    private RoadmapXlsx() {
        Font f = book.createFont();
        f.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(f);
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0\" %\""));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    static byte[] write(RoadmapSnapshot s) {
        return new RoadmapXlsx().render(s);
    }

    private byte[] render(RoadmapSnapshot s) {
        Sheet overview = book.createSheet("Fahrplan");
        int r = 0;
        r = pair(overview, r, "Standort", s.siteName());
        r = pair(overview, r, "Programm", s.programTitle());
        r = pair(overview, r, "Förderrunde", s.roundTitle());
        r = pair(overview, r, "Status", RoadmapSnapshot.label(s.status()));
        Row adopted = overview.createRow(r++);
        text(adopted, 0, "Beschlossen am", bold);
        date(adopted, 1, s.adoptedOn());
        r = pair(overview, r, "Gemeinderatsbeschluss", s.councilResolution());
        Row progress = overview.createRow(r++);
        text(progress, 0, "Fortschritt", bold);
        percent(progress, 1, s.progress());
        r = pair(overview, r, "Vision", s.vision());
        Row printed = overview.createRow(r);
        text(printed, 0, "Stand", bold);
        date(printed, 1, s.printedOn());
        overview.setColumnWidth(0, 24 * 256);
        overview.setColumnWidth(1, 80 * 256);

        Sheet goals = book.createSheet("Ziele");
        header(goals, "Nr.", "Ziel", "Beschreibung", "Indikator", "Ausgangswert", "Zielwert", "Aktuell", "Fortschritt");
        int gr = 1;
        for (GoalRow g : s.goals()) {
            Row row = goals.createRow(gr++);
            row.createCell(0).setCellValue(g.number());
            text(row, 1, g.goal().title, null);
            text(row, 2, g.goal().description, wrap);
            text(row, 3, g.goal().indicatorName, null);
            number(row, 4, g.goal().indicatorBaseline);
            number(row, 5, g.goal().indicatorTarget);
            number(row, 6, g.goal().indicatorCurrent);
            percent(row, 7, g.progress());
        }
        widths(goals, 6, 40, 50, 30, 14, 14, 14, 14);

        Sheet measures = book.createSheet("Maßnahmen");
        header(
                measures,
                "Ziel",
                "Maßnahme",
                "Beschreibung",
                "Handlungsfeld",
                "Verantwortlich",
                "Partner",
                "Beginn",
                "Ende",
                "Status",
                "Fortschritt",
                "Baut auf Bestehendem auf",
                "Öffentlich");
        int mr = 1;
        for (GoalRow g : s.goals()) {
            for (MeasureRow m : g.measures()) {
                Row row = measures.createRow(mr++);
                row.createCell(0).setCellValue(g.number());
                text(row, 1, m.measure().title, null);
                text(row, 2, m.measure().description, wrap);
                text(row, 3, m.topic(), null);
                text(row, 4, m.measure().responsible, null);
                text(row, 5, m.measure().partners.isEmpty() ? null : String.join(", ", m.measure().partners), null);
                date(row, 6, m.measure().startDate);
                date(row, 7, m.measure().endDate);
                text(row, 8, RoadmapSnapshot.label(m.measure().status), null);
                percent(row, 9, m.share());
                text(row, 10, m.measure().buildsOnExisting ? "ja" : "nein", null);
                text(row, 11, m.measure().isPublic ? "ja" : "nein", null);
            }
        }
        widths(measures, 6, 40, 50, 28, 24, 30, 12, 12, 12, 12, 12, 10);

        Sheet milestones = book.createSheet("Meilensteine");
        header(milestones, "Nr.", "Meilenstein", "Fällig", "Erreicht am", "Stand");
        int xr = 1;
        for (Milestone m : s.milestones()) {
            Row row = milestones.createRow(xr);
            row.createCell(0).setCellValue(xr++);
            text(row, 1, m.title, null);
            date(row, 2, m.dueDate);
            date(row, 3, m.doneOn);
            text(row, 4, RoadmapSnapshot.milestoneState(m, s.printedOn()), null);
        }
        widths(milestones, 6, 40, 12, 12, 12);

        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, bold);
        text(row, 1, value, wrap);
        return r + 1;
    }

    private void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    private void percent(Row row, int column, OptionalDouble value) {
        if (value.isPresent()) {
            var cell = row.createCell(column);
            cell.setCellValue(value.getAsDouble());
            cell.setCellStyle(percent);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
