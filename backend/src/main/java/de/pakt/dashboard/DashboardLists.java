package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.pakt.api.model.DashboardColumn;
import de.pakt.api.model.DashboardColumn.TypeEnum;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.application.Application;
import de.pakt.budget.Booking;
import de.pakt.common.documents.Texts;
import de.pakt.common.web.GermanTime;
import de.pakt.network.NetworkEvent;
import de.pakt.roadmap.Measure;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The lists behind the dashboard's figures, each one statement. The statements select ids, codes and values only;
 * headings, status labels and links are added here, in the caller's language. Cells travel as neutral strings
 * (decimals with a point, cents, ISO dates) typed by their column, so the JSON, CSV and XLSX forms are made from the
 * same table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardLists {

    public record Extra(String status, UUID topicId, String districtKey) {}

    /** A milestone in the list behind the dashboard's milestone figures: past its due date, or due within 30 days. */
    public enum MilestoneState {
        OVERDUE,
        DUE
    }

    /** The SPA page a row links to, by the id each statement selects first. */
    private enum Page {
        ROUND("/runden/"),
        SITE("/standorte/"),
        EVENT("/veranstaltungen/"),
        NONE(null);

        private final String path;

        Page(String path) {
            this.path = path;
        }

        String link(UUID id) {
            return path == null || id == null ? null : path + id;
        }
    }

    /** How a value the statement selects becomes a cell: numbers and dates arrive as neutral text, codes as labels. */
    @FunctionalInterface
    private interface Cell {
        String of(Object value, Texts texts);
    }

    private static final Cell AS_IS = (value, texts) -> value == null ? null : value.toString();

    /** A column: its key, the bundle key of its heading, its type and how the statement's value becomes its cell. */
    private record Column(String key, String label, TypeEnum type, Cell cell) {

        Column headed(String labelName) {
            return new Column(key, "dashboard.column." + labelName, type, cell);
        }
    }

    /**
     * A list: the page its rows link to, its columns, and the statement selecting the link's id as {@value #LINK} and
     * each column's value under the column's key, so a cell is read by name, never by position.
     */
    private record Listing(Page page, List<Column> columns, String sql) {}

    private static final String LINK = "link";

    @Inject
    Session session;

    public DashboardTable table(DashboardList list, DashboardFilter f, Extra x, Locale locale) {
        Listing listing = switch (list) {
            case APPLICATIONS ->
                new Listing(
                        Page.ROUND,
                        List.of(
                                col("applicant", TypeEnum.TEXT),
                                col("region", TypeEnum.TEXT),
                                col("round", TypeEnum.TEXT),
                                col("status", TypeEnum.TEXT, labelOf(Application.Status.class)),
                                col("requested", TypeEnum.EURO),
                                col("submitted", TypeEnum.DATE)),
                        "select r.id as link, aa.name as applicant, rg.name as region, r.title as round, a.status as status,"
                                + " a.requested_cents::text as requested,"
                                + " to_char(a.submitted_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as submitted"
                                + " from application a join funding_round r on r.id = a.round_id join administrative_area aa on aa.area_key = a.applicant_key"
                                + " join administrative_area rg on rg.area_key = a.region_key where a.status <> 'DRAFT'"
                                + f.where("a.region_key")
                                + status(x, "a.status") + " order by r.number, aa.name");
            case SITES ->
                new Listing(
                        Page.SITE,
                        List.of(
                                col("site", TypeEnum.TEXT),
                                col("district", TypeEnum.TEXT),
                                col("region", TypeEnum.TEXT),
                                col("round", TypeEnum.TEXT),
                                col("status", TypeEnum.TEXT, labelOf(Site.Status.class)),
                                col("lead", TypeEnum.TEXT),
                                col("granted", TypeEnum.EURO),
                                col("booked", TypeEnum.EURO),
                                col("remaining", TypeEnum.EURO)),
                        "select s.id as link, aa.name as site, coalesce(k.name, aa.name) as district, rg.name as region,"
                                + " r.title as round, s.status as status, fa.name as lead, s.granted_cents::text as granted,"
                                + " coalesce(b.booked, 0)::text as booked, (s.granted_cents - coalesce(b.booked, 0))::text as remaining"
                                + SITE_JOINS
                                + " left join facilitator fa on fa.id = s.lead_facilitator_id where 1 = 1"
                                + f.where("s.region_key") + status(x, "s.status")
                                + district(x) + " order by r.number, aa.name");
            case BUDGET ->
                new Listing(
                        Page.SITE,
                        List.of(
                                col("date", TypeEnum.DATE),
                                col("site", TypeEnum.TEXT),
                                col("round", TypeEnum.TEXT),
                                col("kind", TypeEnum.TEXT, labelOf(Booking.Kind.class)),
                                col("description", TypeEnum.TEXT),
                                col("days", TypeEnum.NUMBER),
                                col("amount", TypeEnum.EURO)),
                        "select s.id as link, to_char(bk.booking_date, 'YYYY-MM-DD') as date, aa.name as site, r.title as round,"
                                + " bk.kind as kind, bk.description as description, bk.days::text as days,"
                                + " bk.amount_cents::text as amount from booking bk join site s on s.id = bk.site_id"
                                + " join funding_round r on r.id = s.round_id join administrative_area aa on aa.area_key = s.applicant_key where 1 = 1"
                                + f.where("s.region_key") + district(x) + " order by bk.booking_date, aa.name");
            case MEASURES ->
                new Listing(
                        Page.SITE,
                        List.of(
                                col("site", TypeEnum.TEXT),
                                col("goal", TypeEnum.TEXT),
                                col("measure", TypeEnum.TEXT),
                                col("topic", TypeEnum.TEXT),
                                col("status", TypeEnum.TEXT, labelOf(Measure.Status.class)),
                                col("progress", TypeEnum.PERCENT),
                                col("start", TypeEnum.DATE),
                                col("end", TypeEnum.DATE)),
                        "select s.id as link, aa.name as site, g.title as goal, m.title as measure, t.name as topic, m.status as status,"
                                + " (case m.status when 'DONE' then 100 else m.progress end)::text as progress,"
                                + " to_char(m.start_date, 'YYYY-MM-DD') as start, to_char(m.end_date, 'YYYY-MM-DD') as end"
                                + " from measure m join goal g on g.id = m.goal_id join site s on s.id = g.site_id"
                                + " join funding_round r on r.id = s.round_id join administrative_area aa on aa.area_key = s.applicant_key"
                                + " left join topic t on t.id = m.topic_id where 1 = 1" + f.where("s.region_key")
                                + status(x, "m.status") + district(x)
                                + (x.topicId() == null ? "" : " and m.topic_id = :topic")
                                + " order by aa.name, g.position, m.created_at");
            case MILESTONES ->
                new Listing(
                        Page.SITE,
                        List.of(
                                col("site", TypeEnum.TEXT),
                                col("milestone", TypeEnum.TEXT),
                                col("due", TypeEnum.DATE),
                                col(
                                        "state",
                                        TypeEnum.TEXT,
                                        (overdue, texts) -> texts.label(
                                                Boolean.TRUE.equals(overdue)
                                                        ? MilestoneState.OVERDUE
                                                        : MilestoneState.DUE))),
                        "select s.id as link, aa.name as site, ms.title as milestone, to_char(ms.due_date, 'YYYY-MM-DD') as due,"
                                + " ms.due_date < :today as state"
                                + " from milestone ms join site s on s.id = ms.site_id join funding_round r on r.id = s.round_id"
                                + " join administrative_area aa on aa.area_key = s.applicant_key"
                                + " where not ms.dropped and ms.done_on is null and ms.due_date is not null and ms.due_date <= :soon"
                                + f.where("s.region_key")
                                + (MilestoneState.OVERDUE.name().equals(x.status())
                                        ? " and ms.due_date < :today"
                                        : MilestoneState.DUE.name().equals(x.status())
                                                ? " and ms.due_date >= :today"
                                                : "")
                                + district(x) + " order by ms.due_date, aa.name");
            case EVENTS ->
                new Listing(
                        Page.EVENT,
                        List.of(
                                col("event", TypeEnum.TEXT),
                                col("date", TypeEnum.DATE),
                                // Without a host municipality an event takes place online.
                                col(
                                        "place",
                                        TypeEnum.TEXT,
                                        (host, texts) ->
                                                host == null ? texts.text("dashboard.place.online") : host.toString()),
                                col("status", TypeEnum.TEXT, labelOf(NetworkEvent.Status.class)),
                                col("registered", TypeEnum.NUMBER),
                                col("attended", TypeEnum.NUMBER),
                                col("noShows", TypeEnum.NUMBER)),
                        "select e.id as link, e.title as event, to_char(e.starts_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as date,"
                                + " h.name as place, e.status as status,"
                                + " (select count(*) from registration g where g.event_id = e.id and g.status in ('REGISTERED', 'ATTENDED', 'NO_SHOW'))::text as registered,"
                                + " (select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')::text as attended,"
                                + " (select count(*) from registration g where g.event_id = e.id and g.status = 'NO_SHOW')::text as noShows"
                                + " from network_event e join funding_round r on r.id = e.round_id left join administrative_area h on h.area_key = e.host_key"
                                + " where 1 = 1" + f.where("left(e.host_key, 3)") + status(x, "e.status")
                                + " order by e.starts_at");
            case ATTENDANCE ->
                new Listing(
                        Page.SITE,
                        List.of(
                                col("site", TypeEnum.TEXT),
                                col("round", TypeEnum.TEXT),
                                col("events", TypeEnum.NUMBER),
                                col("attended", TypeEnum.NUMBER).headed("attendances"),
                                col("noShows", TypeEnum.NUMBER)),
                        "select s.id as link, aa.name as site, r.title as round,"
                                + " count(distinct g.event_id) filter (where g.status = 'ATTENDED')::text as events,"
                                + " count(*) filter (where g.status = 'ATTENDED')::text as attended,"
                                + " count(*) filter (where g.status = 'NO_SHOW')::text as noShows" + SITE_JOINS
                                + " left join registration g on g.site_id = s.id"
                                + " where 1 = 1" + f.where("s.region_key") + district(x)
                                + " group by s.id, aa.name, r.title, r.number order by r.number, aa.name");
            case FACILITATORS ->
                new Listing(
                        Page.NONE,
                        List.of(
                                col("name", TypeEnum.TEXT),
                                col("region", TypeEnum.TEXT).headed("homeRegion"),
                                col("sites", TypeEnum.NUMBER),
                                col("capacity", TypeEnum.NUMBER),
                                col("load", TypeEnum.PERCENT)),
                        "select null as link, fa.name as name, rg.name as region, busy::text as sites, fa.capacity::text as capacity,"
                                + " case when fa.capacity = 0 then null else round(100.0 * busy / fa.capacity, 1)::text end as load"
                                + " from (select fa.*, (select count(*) from site x where x.status in ('ONBOARDING', 'ACTIVE')"
                                + " and (x.lead_facilitator_id = fa.id or x.co_facilitator_id = fa.id)) as busy from facilitator fa) fa"
                                + " join administrative_area rg on rg.area_key = fa.home_region_key"
                                + " where (:unfiltered or exists (select 1" + DashboardService.SITES
                                + " and (s.lead_facilitator_id = fa.id or s.co_facilitator_id = fa.id)"
                                + f.where("s.region_key") + "))"
                                + " order by fa.name");
        };
        return query(list, listing, f, x, new Texts(locale));
    }

    private static final String SITE_JOINS = " from site s join funding_round r on r.id = s.round_id"
            + " join administrative_area aa on aa.area_key = s.applicant_key join administrative_area rg on rg.area_key = s.region_key"
            + " left join administrative_area k on k.area_key = left(s.applicant_key, 5)"
            + " left join (select site_id, sum(amount_cents) as booked from booking group by site_id) b on b.site_id = s.id";

    private DashboardTable query(DashboardList list, Listing listing, DashboardFilter f, Extra x, Texts texts) {
        String sql = listing.sql();
        NativeQuery<Tuple> q = session.createNativeQuery(sql, Tuple.class);
        f.bind(q, true);
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
        List<Tuple> rows = q.getResultList();
        List<Column> columns = listing.columns();
        List<List<String>> cells = new ArrayList<>(rows.size());
        List<String> links = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            links.add(listing.page().link(row.get(LINK, UUID.class)));
            List<String> values = new ArrayList<>(columns.size());
            for (Column column : columns) {
                // Unquoted labels arrive in lower case; Hibernate's native tuples look names up ignoring case.
                values.add(column.cell().of(row.get(column.key()), texts));
            }
            cells.add(values);
        }
        return new DashboardTable()
                ._list(list)
                .title(texts.text("dashboard.list." + list))
                .columns(columns.stream()
                        .map(c -> new DashboardColumn()
                                .key(c.key())
                                .label(texts.text(c.label()))
                                .type(c.type()))
                        .toList())
                .rows(cells)
                .links(links);
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

    private static Column col(String key, TypeEnum type) {
        return col(key, type, AS_IS);
    }

    private static Column col(String key, TypeEnum type, Cell cell) {
        return new Column(key, "dashboard.column." + key, type, cell);
    }

    /** A column of codes shown as their labels: the statuses' one set of labels, in the bundle. */
    private static <E extends Enum<E>> Cell labelOf(Class<E> codes) {
        return (code, texts) -> code == null ? null : texts.label(Enum.valueOf(codes, code.toString()));
    }
}
