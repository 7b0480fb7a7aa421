package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.api.model.DashboardColumn;
import de.pakt.api.model.DashboardColumn.TypeEnum;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.common.web.GermanTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The lists behind the dashboard's figures, each one statement. Cells travel as neutral strings (decimals with a
 * point, cents, ISO dates) typed by their column, so the JSON, CSV and XLSX forms are made from the same table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardLists {

    public record Extra(String status, UUID topicId, String districtKey) {}

    @Inject
    EntityManager em;

    private static final String STATUS_LABELS = """
            case %1$s when 'SUBMITTED' then 'Eingereicht' when 'SELECTED' then 'Ausgewählt' when 'WAITLISTED' then 'Nachrückliste'
            when 'REJECTED' then 'Abgelehnt' when 'WITHDRAWN' then 'Zurückgezogen' when 'ONBOARDING' then 'Start'
            when 'ACTIVE' then 'Aktiv' when 'COMPLETED' then 'Abgeschlossen' when 'DISCONTINUED' then 'Beendet'
            when 'PLANNED' then 'Geplant' when 'IN_PROGRESS' then 'In Arbeit' when 'DONE' then 'Erledigt' when 'ON_HOLD' then 'Pausiert'
            when 'DROPPED' then 'Verworfen' when 'OPEN' then 'Anmeldung offen' when 'CLOSED' then 'Anmeldung geschlossen'
            when 'HELD' then 'Stattgefunden' when 'CANCELLED' then 'Abgesagt' else %1$s end""";

    public DashboardTable table(DashboardList list, DashboardFilter f, Extra x) {
        return switch (list) {
            case APPLICATIONS ->
                query(
                        list,
                        "Bewerbungen",
                        f,
                        x,
                        List.of(
                                col("applicant", "Bewerber", TypeEnum.TEXT),
                                col("region", "Regierungsbezirk", TypeEnum.TEXT),
                                col("round", "Förderrunde", TypeEnum.TEXT),
                                col("status", "Status", TypeEnum.TEXT),
                                col("requested", "Beantragt (EUR)", TypeEnum.EURO),
                                col("submitted", "Eingereicht am", TypeEnum.DATE)),
                        "select '/runden/' || r.id, aa.name, rg.name, r.title, " + labels("a.status")
                                + ", a.requested_cents::text,"
                                + " to_char(a.submitted_at at time zone 'Europe/Berlin', 'YYYY-MM-DD')"
                                + " from application a join funding_round r on r.id = a.round_id join administrative_area aa on aa.area_key = a.applicant_key"
                                + " join administrative_area rg on rg.area_key = a.region_key where a.status <> 'DRAFT'"
                                + f.where("a.region_key")
                                + status(x, "a.status") + " order by r.number, aa.name",
                        true);
            case SITES ->
                query(
                        list,
                        "Standorte",
                        f,
                        x,
                        List.of(
                                col("site", "Standort", TypeEnum.TEXT),
                                col("district", "Kreis", TypeEnum.TEXT),
                                col("region", "Regierungsbezirk", TypeEnum.TEXT),
                                col("round", "Förderrunde", TypeEnum.TEXT),
                                col("status", "Status", TypeEnum.TEXT),
                                col("lead", "Prozessbegleitung", TypeEnum.TEXT),
                                col("granted", "Bewilligt (EUR)", TypeEnum.EURO),
                                col("booked", "Gebucht (EUR)", TypeEnum.EURO),
                                col("remaining", "Verbleibend (EUR)", TypeEnum.EURO)),
                        "select '/standorte/' || s.id, aa.name, coalesce(k.name, aa.name), rg.name, r.title, "
                                + labels("s.status") + ", fa.name,"
                                + " s.granted_cents::text, coalesce(b.booked, 0)::text, (s.granted_cents - coalesce(b.booked, 0))::text"
                                + SITE_JOINS
                                + " left join facilitator fa on fa.id = s.lead_facilitator_id where 1 = 1"
                                + f.where("s.region_key") + status(x, "s.status")
                                + district(x) + " order by r.number, aa.name",
                        true);
            case BUDGET ->
                query(
                        list,
                        "Buchungen",
                        f,
                        x,
                        List.of(
                                col("date", "Datum", TypeEnum.DATE),
                                col("site", "Standort", TypeEnum.TEXT),
                                col("round", "Förderrunde", TypeEnum.TEXT),
                                col("kind", "Art", TypeEnum.TEXT),
                                col("description", "Beschreibung", TypeEnum.TEXT),
                                col("days", "Tage", TypeEnum.NUMBER),
                                col("amount", "Betrag (EUR)", TypeEnum.EURO)),
                        "select '/standorte/' || s.id, to_char(bk.booking_date, 'YYYY-MM-DD'), aa.name, r.title, case bk.kind when 'FACILITATION_DAYS'"
                                + " then 'Begleittage' when 'EVENT' then 'Veranstaltung' when 'TRAVEL' then 'Reisekosten' when 'MATERIAL' then 'Sachkosten'"
                                + " else 'Storno' end, bk.description, bk.days::text, bk.amount_cents::text from booking bk join site s on s.id = bk.site_id"
                                + " join funding_round r on r.id = s.round_id join administrative_area aa on aa.area_key = s.applicant_key where 1 = 1"
                                + f.where("s.region_key") + district(x) + " order by bk.booking_date, aa.name",
                        true);
            case MEASURES ->
                query(
                        list,
                        "Maßnahmen",
                        f,
                        x,
                        List.of(
                                col("site", "Standort", TypeEnum.TEXT),
                                col("goal", "Ziel", TypeEnum.TEXT),
                                col("measure", "Maßnahme", TypeEnum.TEXT),
                                col("topic", "Handlungsfeld", TypeEnum.TEXT),
                                col("status", "Status", TypeEnum.TEXT),
                                col("progress", "Fortschritt (%)", TypeEnum.PERCENT),
                                col("start", "Beginn", TypeEnum.DATE),
                                col("end", "Ende", TypeEnum.DATE)),
                        "select '/standorte/' || s.id, aa.name, g.title, m.title, t.name, " + labels("m.status") + ","
                                + " (case m.status when 'DONE' then 100 else m.progress end)::text, to_char(m.start_date, 'YYYY-MM-DD'),"
                                + " to_char(m.end_date, 'YYYY-MM-DD') from measure m join goal g on g.id = m.goal_id join site s on s.id = g.site_id"
                                + " join funding_round r on r.id = s.round_id join administrative_area aa on aa.area_key = s.applicant_key"
                                + " left join topic t on t.id = m.topic_id where 1 = 1" + f.where("s.region_key")
                                + status(x, "m.status") + district(x)
                                + (x.topicId() == null ? "" : " and m.topic_id = :topic")
                                + " order by aa.name, g.position, m.created_at",
                        true);
            case MILESTONES ->
                query(
                        list,
                        "Meilensteine",
                        f,
                        x,
                        List.of(
                                col("site", "Standort", TypeEnum.TEXT),
                                col("milestone", "Meilenstein", TypeEnum.TEXT),
                                col("due", "Fällig", TypeEnum.DATE),
                                col("state", "Stand", TypeEnum.TEXT)),
                        "select '/standorte/' || s.id, aa.name, ms.title, to_char(ms.due_date, 'YYYY-MM-DD'), case when ms.due_date < :today then 'Überfällig'"
                                + " else 'Fällig' end from milestone ms join site s on s.id = ms.site_id join funding_round r on r.id = s.round_id"
                                + " join administrative_area aa on aa.area_key = s.applicant_key"
                                + " where not ms.dropped and ms.done_on is null and ms.due_date is not null and ms.due_date <= :soon"
                                + f.where("s.region_key")
                                + ("OVERDUE".equals(x.status())
                                        ? " and ms.due_date < :today"
                                        : "DUE".equals(x.status()) ? " and ms.due_date >= :today" : "")
                                + district(x) + " order by ms.due_date, aa.name",
                        true);
            case EVENTS ->
                query(
                        list,
                        "Veranstaltungen",
                        f,
                        x,
                        List.of(
                                col("event", "Veranstaltung", TypeEnum.TEXT),
                                col("date", "Datum", TypeEnum.DATE),
                                col("place", "Ort", TypeEnum.TEXT),
                                col("status", "Status", TypeEnum.TEXT),
                                col("registered", "Angemeldet", TypeEnum.NUMBER),
                                col("attended", "Teilgenommen", TypeEnum.NUMBER),
                                col("noShows", "Nicht erschienen", TypeEnum.NUMBER)),
                        "select '/veranstaltungen/' || e.id, e.title, to_char(e.starts_at at time zone 'Europe/Berlin', 'YYYY-MM-DD'),"
                                + " coalesce(h.name, 'Online'), " + labels("e.status") + ","
                                + " (select count(*) from registration g where g.event_id = e.id and g.status in ('REGISTERED', 'ATTENDED', 'NO_SHOW'))::text,"
                                + " (select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')::text,"
                                + " (select count(*) from registration g where g.event_id = e.id and g.status = 'NO_SHOW')::text"
                                + " from network_event e join funding_round r on r.id = e.round_id left join administrative_area h on h.area_key = e.host_key"
                                + " where 1 = 1" + f.where("left(e.host_key, 3)") + status(x, "e.status")
                                + " order by e.starts_at",
                        true);
            case ATTENDANCE ->
                query(
                        list,
                        "Teilnahme je Standort",
                        f,
                        x,
                        List.of(
                                col("site", "Standort", TypeEnum.TEXT),
                                col("round", "Förderrunde", TypeEnum.TEXT),
                                col("events", "Veranstaltungen besucht", TypeEnum.NUMBER),
                                col("attended", "Teilnahmen", TypeEnum.NUMBER),
                                col("noShows", "Nicht erschienen", TypeEnum.NUMBER)),
                        "select '/standorte/' || s.id, aa.name, r.title,"
                                + " count(distinct g.event_id) filter (where g.status = 'ATTENDED')::text, count(*) filter (where g.status = 'ATTENDED')::text,"
                                + " count(*) filter (where g.status = 'NO_SHOW')::text" + SITE_JOINS
                                + " left join registration g on g.site_id = s.id"
                                + " where 1 = 1" + f.where("s.region_key") + district(x)
                                + " group by s.id, aa.name, r.title, r.number order by r.number, aa.name",
                        true);
            case FACILITATORS ->
                query(
                        list,
                        "Prozessbegleitung",
                        f,
                        x,
                        List.of(
                                col("name", "Name", TypeEnum.TEXT),
                                col("region", "Heimat-Regierungsbezirk", TypeEnum.TEXT),
                                col("sites", "Standorte (laufend)", TypeEnum.NUMBER),
                                col("capacity", "Kapazität", TypeEnum.NUMBER),
                                col("load", "Auslastung (%)", TypeEnum.PERCENT)),
                        "select null, fa.name, rg.name, busy::text, fa.capacity::text,"
                                + " case when fa.capacity = 0 then null else round(100.0 * busy / fa.capacity, 1)::text end"
                                + " from (select fa.*, (select count(*) from site x where x.status in ('ONBOARDING', 'ACTIVE')"
                                + " and (x.lead_facilitator_id = fa.id or x.co_facilitator_id = fa.id)) as busy from facilitator fa) fa"
                                + " join administrative_area rg on rg.area_key = fa.home_region_key"
                                + " where (:unfiltered or exists (select 1" + DashboardService.SITES
                                + " and (s.lead_facilitator_id = fa.id or s.co_facilitator_id = fa.id)"
                                + f.where("s.region_key") + "))"
                                + " order by fa.name",
                        true);
        };
    }

    private static final String SITE_JOINS = " from site s join funding_round r on r.id = s.round_id"
            + " join administrative_area aa on aa.area_key = s.applicant_key join administrative_area rg on rg.area_key = s.region_key"
            + " left join administrative_area k on k.area_key = left(s.applicant_key, 5)"
            + " left join (select site_id, sum(amount_cents) as booked from booking group by site_id) b on b.site_id = s.id";

    private DashboardTable query(
            DashboardList list,
            String title,
            DashboardFilter f,
            Extra x,
            List<DashboardColumn> columns,
            String sql,
            boolean region) {
        Query q = f.bind(em.createNativeQuery(sql), region);
        if (sql.contains(":status")) {
            q.setParameter("status", x.status());
        }
        if (sql.contains(":district")) {
            q.setParameter("district", x.districtKey());
        }
        if (sql.contains(":topic")) {
            q.setParameter("topic", x.topicId());
        }
        if (sql.contains(":today")) {
            q.setParameter("today", LocalDate.now(GermanTime.BERLIN));
        }
        if (sql.contains(":soon")) {
            // Milestones: the overdue ones and those due within 30 days (what the dashboard counts).
            q.setParameter("soon", LocalDate.now(GermanTime.BERLIN).plusDays(30));
        }
        if (sql.contains(":unfiltered")) {
            q.setParameter("unfiltered", f.programId() == null && f.roundId() == null && f.regionKey() == null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<List<String>> cells = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Object[] row : rows) {
            links.add((String) row[0]);
            List<String> values = new ArrayList<>();
            for (int c = 1; c < row.length; c++) {
                values.add(row[c] == null ? null : row[c].toString());
            }
            cells.add(values);
        }
        return new DashboardTable()
                ._list(list)
                .title(title)
                .columns(columns)
                .rows(cells)
                .links(links);
    }

    private static String labels(String column) {
        return STATUS_LABELS.formatted(column);
    }

    private static String status(Extra x, String column) {
        if (x.status() == null) {
            return "";
        }
        return " and " + column + " = :status";
    }

    private static String district(Extra x) {
        return x.districtKey() == null ? "" : " and left(s.applicant_key, 5) = :district";
    }

    private static DashboardColumn col(String key, String label, TypeEnum type) {
        return new DashboardColumn().key(key).label(label).type(type);
    }
}
