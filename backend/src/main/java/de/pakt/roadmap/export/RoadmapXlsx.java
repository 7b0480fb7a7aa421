package de.pakt.roadmap.export;

import java.util.List;

import de.pakt.common.documents.Texts;
import de.pakt.common.documents.XlsxKit;
import de.pakt.roadmap.Milestone;
import de.pakt.roadmap.export.RoadmapSnapshot.GoalRow;
import de.pakt.roadmap.export.RoadmapSnapshot.MeasureRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The roadmap as a workbook with typed cells (numbers are numbers, dates are dates), so that a municipality can
 * keep working on it in a spreadsheet after the facilitation.
 */
final class RoadmapXlsx {

    private RoadmapXlsx() {}

    static byte[] write(RoadmapSnapshot s, Texts t) {
        XlsxKit xlsx = new XlsxKit(t);
        Sheet overview = xlsx.sheet(t.text("roadmap.document.sheet"));
        int r = 0;
        r = pair(xlsx, overview, r, t.text("site.noun.site"), s.siteName());
        r = pair(xlsx, overview, r, t.text("roadmap.noun.program"), s.programTitle());
        r = pair(xlsx, overview, r, t.text("round.noun.round"), s.roundTitle());
        r = pair(xlsx, overview, r, t.text("roadmap.document.status"), t.label(s.status()));
        Row adopted = overview.createRow(r++);
        xlsx.label(adopted, 0, t.text("roadmap.document.adoptedOn"));
        xlsx.date(adopted, 1, s.adoptedOn());
        r = pair(xlsx, overview, r, t.text("roadmap.document.councilResolution"), s.councilResolution());
        Row progress = overview.createRow(r++);
        xlsx.label(progress, 0, t.text("roadmap.document.progress"));
        xlsx.percent(progress, 1, s.progress());
        r = pair(xlsx, overview, r, t.text("roadmap.document.vision"), s.vision());
        Row printed = overview.createRow(r);
        xlsx.label(printed, 0, t.text("roadmap.document.asOf"));
        xlsx.date(printed, 1, s.printedOn());
        XlsxKit.widths(overview, 24, 80);

        Sheet goals = xlsx.sheet(t.text("roadmap.document.goals"));
        xlsx.header(
                goals,
                List.of(
                        t.text("roadmap.document.number"),
                        t.text("roadmap.noun.goal"),
                        t.text("roadmap.document.description"),
                        t.text("roadmap.document.indicator"),
                        t.text("roadmap.document.baseline"),
                        t.text("roadmap.document.target"),
                        t.text("roadmap.document.current"),
                        t.text("roadmap.document.progress")));
        int gr = 1;
        for (GoalRow g : s.goals()) {
            Row row = goals.createRow(gr++);
            xlsx.number(row, 0, g.number());
            xlsx.text(row, 1, g.goal().title);
            xlsx.wrapped(row, 2, g.goal().description);
            xlsx.text(row, 3, g.goal().indicatorName);
            xlsx.number(row, 4, g.goal().indicatorBaseline);
            xlsx.number(row, 5, g.goal().indicatorTarget);
            xlsx.number(row, 6, g.goal().indicatorCurrent);
            xlsx.percent(row, 7, g.progress());
        }
        XlsxKit.widths(goals, 6, 40, 50, 30, 14, 14, 14, 14);

        Sheet measures = xlsx.sheet(t.text("roadmap.document.measures"));
        xlsx.header(
                measures,
                List.of(
                        t.text("roadmap.noun.goal"),
                        t.text("roadmap.noun.measure"),
                        t.text("roadmap.document.description"),
                        t.text("roadmap.document.topic"),
                        t.text("roadmap.document.responsible"),
                        t.text("roadmap.document.partners"),
                        t.text("roadmap.document.start"),
                        t.text("roadmap.document.end"),
                        t.text("roadmap.document.status"),
                        t.text("roadmap.document.progress"),
                        t.text("roadmap.document.buildsOnExistingColumn"),
                        t.text("roadmap.document.public")));
        String yes = t.text("roadmap.document.yes");
        String no = t.text("roadmap.document.no");
        int mr = 1;
        for (GoalRow g : s.goals()) {
            for (MeasureRow m : g.measures()) {
                Row row = measures.createRow(mr++);
                xlsx.number(row, 0, g.number());
                xlsx.text(row, 1, m.measure().title);
                xlsx.wrapped(row, 2, m.measure().description);
                xlsx.text(row, 3, m.topic());
                xlsx.text(row, 4, m.measure().responsible);
                xlsx.text(row, 5, m.measure().partners.isEmpty() ? null : String.join(", ", m.measure().partners));
                xlsx.date(row, 6, m.measure().startDate);
                xlsx.date(row, 7, m.measure().endDate);
                xlsx.text(row, 8, t.label(m.measure().status));
                xlsx.percent(row, 9, m.share());
                xlsx.text(row, 10, m.measure().buildsOnExisting ? yes : no);
                xlsx.text(row, 11, m.measure().isPublic ? yes : no);
            }
        }
        XlsxKit.widths(measures, 6, 40, 50, 28, 24, 30, 12, 12, 12, 12, 12, 10);

        Sheet milestones = xlsx.sheet(t.text("roadmap.document.milestones"));
        xlsx.header(
                milestones,
                List.of(
                        t.text("roadmap.document.number"),
                        t.text("roadmap.noun.milestone"),
                        t.text("roadmap.document.due"),
                        t.text("roadmap.document.reachedOn"),
                        t.text("roadmap.document.state")));
        int xr = 1;
        for (Milestone m : s.milestones()) {
            Row row = milestones.createRow(xr);
            xlsx.number(row, 0, xr++);
            xlsx.text(row, 1, m.title);
            xlsx.date(row, 2, m.dueDate);
            xlsx.date(row, 3, m.doneOn);
            xlsx.text(row, 4, t.label(RoadmapSnapshot.milestoneState(m, s.printedOn())));
        }
        XlsxKit.widths(milestones, 6, 40, 12, 12, 12);
        return xlsx.finish();
    }

    private static int pair(XlsxKit xlsx, Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        xlsx.label(row, 0, label);
        xlsx.wrapped(row, 1, value);
        return r + 1;
    }
}
