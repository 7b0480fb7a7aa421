package de.pakt.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.model.ApplicationCounts;
import de.pakt.api.model.AreaCount;
import de.pakt.api.model.BudgetFigures;
import de.pakt.api.model.Cohort;
import de.pakt.api.model.Dashboard;
import de.pakt.api.model.EventFigures;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventRef;
import de.pakt.api.model.FacilitatorLoad;
import de.pakt.api.model.MeasureCounts;
import de.pakt.api.model.MilestoneDue;
import de.pakt.api.model.MilestoneFigures;
import de.pakt.api.model.RoundBudget;
import de.pakt.api.model.SiteCounts;
import de.pakt.api.model.SiteRef;
import de.pakt.api.model.TopicMeasures;
import de.pakt.api.model.TopicRef;
import de.pakt.common.web.GermanTime;
import de.pakt.registry.AreaRefs;
import de.pakt.roadmap.service.ProgressReport;
import de.pakt.roadmap.service.ProgressReport.Counts;
import de.pakt.roadmap.service.ProgressReport.Scope;
import de.pakt.roadmap.service.ProgressReport.SiteRow;
import de.pakt.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The dashboard's figures. Every figure is one aggregating statement (GROUP BY, FILTER, sub-selects) over the filtered
 * rounds, so a request costs the same number of statements for 36 sites and for 3,600; Java only arranges the rows.
 * DashboardStatementsTest counts them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** Sites per round: joined by every site-based figure. */
    static final String SITES = " from site s join funding_round r on r.id = s.round_id where 1 = 1";

    private record RoundRow(UUID id, UUID programId, int number, String title) {}

    /** How many applications or measures of a round or topic have this status; null stands for all or none. */
    private record StatusCount(UUID groupId, String status, int count) {}

    private record RoundSites(UUID roundId, int total, int onboarding, int active, int completed, int discontinued) {}

    private record RoundGrant(UUID roundId, int number, String title, long grantedCents, long bookedCents) {}

    private record MilestoneCounts(int overdue, int dueSoon) {}

    private record NextMilestone(UUID siteId, String applicantKey, String title, LocalDate dueDate) {}

    private record EventCounts(int held, int upcoming, int cancelled, int attended, int noShows) {}

    private record NextEvent(UUID id, String title, String kind, Instant startsAt) {}

    record RoundAttendance(UUID roundId, int eventsHeld, int attended) {}

    /** A facilitator's sites in onboarding or active, and how many of all their sites lie in the filter. */
    private record FacilitatorSites(UUID id, String name, int capacity, int assignedSites, int sitesInFilter) {}

    private record AreaSites(String key, int sites) {}

    @Inject
    Session session;

    @Inject
    ProgressReport progressReport;

    public Dashboard dashboard(DashboardFilter f) {
        Dashboard d = new Dashboard();
        d.setApplications(applications(f).getOrDefault(null, counts(Map.of())));
        d.setSites(siteCounts(f)
                .getOrDefault(
                        null,
                        new SiteCounts()
                                .total(0)
                                .onboarding(0)
                                .active(0)
                                .completed(0)
                                .discontinued(0)));
        List<RoundBudget> rounds = budget(f);
        long granted = rounds.stream().mapToLong(RoundBudget::getGrantedCents).sum();
        long booked = rounds.stream().mapToLong(RoundBudget::getBookedCents).sum();
        d.setBudget(new BudgetFigures()
                .grantedCents(granted)
                .bookedCents(booked)
                .remainingCents(granted - booked)
                .rounds(rounds));
        Map<UUID, SiteRow> measures = measures(f);
        d.setMeasures(
                Counts.sum(measures.values().stream().map(SiteRow::measures).toList())
                        .toApi());
        ProgressReport.mean(measures.values()).ifPresent(d::setProgress);
        d.setMeasuresByTopic(measuresByTopic(f));
        d.setMilestones(milestones(f));
        d.setEvents(events(f));
        d.setFacilitators(facilitators(f));
        d.setDistricts(areaCounts(f, "left(s.applicant_key, 5)"));
        d.setRegions(areaCounts(f, "s.region_key"));
        return d;
    }

    /** One row per round with the same indicators; seven statements for any number of rounds. */
    public List<Cohort> cohorts(java.util.UUID programId) {
        DashboardFilter f = new DashboardFilter(programId, null, null);
        List<RoundRow> rounds = rows(
                "select r.id, r.program_id, r.number, r.title from funding_round r where r.status <> 'DRAFT'"
                        + f.where(null) + " order by r.program_id, r.number",
                f,
                false,
                RoundRow.class);
        Map<UUID, ApplicationCounts> apps = applications(f);
        Map<UUID, SiteCounts> sites = siteCounts(f);
        Map<UUID, RoundBudget> budget = new HashMap<>();
        budget(f).forEach(b -> budget.put(b.getRoundId(), b));
        Map<UUID, SiteRow> measures = measures(f);
        Map<UUID, RoundAttendance> attendance = attendanceByRound(f);
        List<Cohort> result = new ArrayList<>();
        for (RoundRow r : rounds) {
            UUID id = r.id();
            List<SiteRow> ofRound = measures.values().stream()
                    .filter(m -> m.roundId().equals(id))
                    .toList();
            RoundBudget b = budget.get(id);
            RoundAttendance a = attendance.getOrDefault(id, new RoundAttendance(id, 0, 0));
            Cohort c = new Cohort()
                    .roundId(id)
                    .programId(r.programId())
                    .number(r.number())
                    .title(r.title())
                    .applications(apps.getOrDefault(id, counts(Map.of())))
                    .sites(sites.getOrDefault(
                            id,
                            new SiteCounts()
                                    .total(0)
                                    .onboarding(0)
                                    .active(0)
                                    .completed(0)
                                    .discontinued(0)))
                    .grantedCents(b == null ? 0 : b.getGrantedCents())
                    .bookedCents(b == null ? 0 : b.getBookedCents())
                    .measures(Counts.sum(ofRound.stream().map(SiteRow::measures).toList())
                            .toApi())
                    .eventsHeld(a.eventsHeld())
                    .attended(a.attended());
            ProgressReport.mean(ofRound).ifPresent(c::setProgress);
            result.add(c);
        }
        return result;
    }

    /** Applications by status, per round and in total (key null). */
    Map<UUID, ApplicationCounts> applications(DashboardFilter f) {
        List<StatusCount> rows = rows(
                "select r.id, a.status, count(*)::int from application a join funding_round r on r.id = a.round_id"
                        + " where a.status <> 'DRAFT'" + f.where("a.region_key")
                        + " group by rollup (r.id), a.status",
                f,
                true,
                StatusCount.class);
        Map<UUID, Map<String, Integer>> byRound = new HashMap<>();
        rows.forEach(row -> byRound.computeIfAbsent(row.groupId(), k -> new HashMap<>())
                .merge(row.status(), row.count(), Integer::sum));
        Map<UUID, ApplicationCounts> result = new HashMap<>();
        byRound.forEach((k, v) -> result.put(k, counts(v)));
        return result;
    }

    private static ApplicationCounts counts(Map<String, Integer> byStatus) {
        int received = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        return new ApplicationCounts()
                .received(received)
                .inReview(byStatus.getOrDefault("SUBMITTED", 0))
                .selected(byStatus.getOrDefault("SELECTED", 0))
                .waitlisted(byStatus.getOrDefault("WAITLISTED", 0))
                .rejected(byStatus.getOrDefault("REJECTED", 0))
                .withdrawn(byStatus.getOrDefault("WITHDRAWN", 0));
    }

    /** Sites by status, per round and in total (key null). */
    Map<UUID, SiteCounts> siteCounts(DashboardFilter f) {
        List<RoundSites> rows = rows(
                "select r.id, count(*)::int, count(*) filter (where s.status = 'ONBOARDING')::int,"
                        + " count(*) filter (where s.status = 'ACTIVE')::int, count(*) filter (where s.status = 'COMPLETED')::int,"
                        + " count(*) filter (where s.status = 'DISCONTINUED')::int" + SITES + f.where("s.region_key")
                        + " group by rollup (r.id)",
                f,
                true,
                RoundSites.class);
        Map<UUID, SiteCounts> result = new HashMap<>();
        rows.forEach(r -> result.put(
                r.roundId(),
                new SiteCounts()
                        .total(r.total())
                        .onboarding(r.onboarding())
                        .active(r.active())
                        .completed(r.completed())
                        .discontinued(r.discontinued())));
        return result;
    }

    /** Granted and booked per round (bookings summed per site first, so a site's grant is not multiplied). */
    List<RoundBudget> budget(DashboardFilter f) {
        // Sums of bigint are numeric in PostgreSQL; cents fit a bigint.
        List<RoundGrant> rows = rows(
                "select r.id, r.number, r.title, sum(s.granted_cents)::bigint, coalesce(sum(b.booked), 0)::bigint"
                        + " from site s join funding_round r on r.id = s.round_id"
                        + " left join (select site_id, sum(amount_cents) as booked from booking group by site_id) b on b.site_id = s.id where 1 = 1"
                        + f.where("s.region_key")
                        + " group by r.id, r.number, r.title, r.program_id order by r.program_id, r.number",
                f,
                true,
                RoundGrant.class);
        return rows.stream()
                .map(r -> new RoundBudget()
                        .roundId(r.roundId())
                        .number(r.number())
                        .title(r.title())
                        .grantedCents(r.grantedCents())
                        .bookedCents(r.bookedCents())
                        .remainingCents(r.grantedCents() - r.bookedCents()))
                .toList();
    }

    /** Per site: measures by status and the site's progress (ProgressReport, the rule of docs/roadmap.md). */
    Map<UUID, SiteRow> measures(DashboardFilter f) {
        Map<UUID, SiteRow> result = new LinkedHashMap<>();
        progressReport
                .sites(new Scope(f.programId(), f.roundId() == null ? null : List.of(f.roundId()), f.regionKey()))
                .forEach(r -> result.put(r.siteId(), r));
        return result;
    }

    List<TopicMeasures> measuresByTopic(DashboardFilter f) {
        List<StatusCount> rows = rows(
                "select m.topic_id, m.status, count(*)::int from measure m join goal g on g.id = m.goal_id"
                        + " join site s on s.id = g.site_id join funding_round r on r.id = s.round_id where 1 = 1"
                        + f.where("s.region_key")
                        + " group by m.topic_id, m.status",
                f,
                true,
                StatusCount.class);
        Map<UUID, Map<String, Integer>> byTopic = new LinkedHashMap<>();
        rows.forEach(
                r -> byTopic.computeIfAbsent(r.groupId(), k -> new HashMap<>()).put(r.status(), r.count()));
        Map<UUID, String> names = Topic.names();
        List<TopicMeasures> result = new ArrayList<>();
        byTopic.forEach((topic, c) -> result.add(new TopicMeasures()
                .topic(topic == null ? null : new TopicRef().id(topic).name(names.get(topic)))
                .measures(new MeasureCounts()
                        .planned(c.getOrDefault("PLANNED", 0))
                        .inProgress(c.getOrDefault("IN_PROGRESS", 0))
                        .done(c.getOrDefault("DONE", 0))
                        .onHold(c.getOrDefault("ON_HOLD", 0))
                        .dropped(c.getOrDefault("DROPPED", 0)))));
        result.sort(java.util.Comparator.comparing(
                (TopicMeasures t) -> t.getTopic() == null ? "~" : t.getTopic().getName()));
        return result;
    }

    MilestoneFigures milestones(DashboardFilter f) {
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        String open = " from milestone ms join site s on s.id = ms.site_id join funding_round r on r.id = s.round_id"
                + " where not ms.dropped and ms.done_on is null and ms.due_date is not null" + f.where("s.region_key");
        LocalDate soon = today.plusDays(30);
        // An aggregate without GROUP BY answers exactly one row.
        MilestoneCounts counts = rows(
                        "select count(*) filter (where ms.due_date < :today)::int,"
                                + " count(*) filter (where ms.due_date between :today and :soon)::int" + open,
                        f,
                        true,
                        Map.of("today", today, "soon", soon),
                        MilestoneCounts.class)
                .get(0);
        List<NextMilestone> next = rows(
                "select s.id, s.applicant_key, ms.title, ms.due_date" + open
                        + " and ms.due_date <= :soon order by ms.due_date, s.applicant_key limit 12",
                f,
                true,
                Map.of("soon", soon),
                NextMilestone.class);
        AreaRefs areas =
                AreaRefs.of(next.stream().map(NextMilestone::applicantKey).toList());
        return new MilestoneFigures()
                .overdue(counts.overdue())
                .dueSoon(counts.dueSoon())
                .next(next.stream()
                        .map(m -> new MilestoneDue()
                                .site(new SiteRef().siteId(m.siteId()).applicant(areas.ref(m.applicantKey())))
                                .title(m.title())
                                .dueDate(m.dueDate())
                                .overdue(m.dueDate().isBefore(today)))
                        .toList());
    }

    EventFigures events(DashboardFilter f) {
        String events = " from network_event e join funding_round r on r.id = e.round_id where 1 = 1"
                + f.where("left(e.host_key, 3)");
        EventCounts c = rows(
                        "select count(*) filter (where e.status = 'HELD')::int,"
                                + " count(*) filter (where e.status in ('PLANNED', 'OPEN', 'CLOSED') and e.starts_at >= now())::int,"
                                + " count(*) filter (where e.status = 'CANCELLED')::int,"
                                + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')), 0)::int,"
                                + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'NO_SHOW')), 0)::int"
                                + events,
                        f,
                        true,
                        EventCounts.class)
                .get(0);
        List<NextEvent> next = rows(
                "select e.id, e.title, e.kind, e.starts_at" + events
                        + " and e.status in ('PLANNED', 'OPEN', 'CLOSED') and e.starts_at >= now() order by e.starts_at limit 5",
                f,
                true,
                NextEvent.class);
        return new EventFigures()
                .held(c.held())
                .upcoming(c.upcoming())
                .cancelled(c.cancelled())
                .attended(c.attended())
                .noShows(c.noShows())
                .upcomingEvents(next.stream()
                        .map(e -> new EventRef()
                                .id(e.id())
                                .title(e.title())
                                .kind(EventKind.fromValue(e.kind()))
                                .startsAt(e.startsAt().atOffset(ZoneOffset.UTC)))
                        .toList());
    }

    /** Events held and attendances per round, for the cohorts. */
    Map<UUID, RoundAttendance> attendanceByRound(DashboardFilter f) {
        List<RoundAttendance> rows = rows(
                "select r.id, count(*) filter (where e.status = 'HELD')::int,"
                        + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')), 0)::int"
                        + " from network_event e join funding_round r on r.id = e.round_id where 1 = 1"
                        + f.where(null) + " group by r.id",
                f,
                false,
                RoundAttendance.class);
        Map<UUID, RoundAttendance> result = new HashMap<>();
        rows.forEach(r -> result.put(r.roundId(), r));
        return result;
    }

    /** Facilitators with their sites in onboarding or active; with a filter only those with a site in it. */
    List<FacilitatorLoad> facilitators(DashboardFilter f) {
        boolean filtered = f.programId() != null || f.roundId() != null || f.regionKey() != null;
        List<FacilitatorSites> rows = rows(
                """
                select fa.id, fa.name, fa.capacity,
                       (select count(*)::int from site x where x.status in ('ONBOARDING', 'ACTIVE')
                            and (x.lead_facilitator_id = fa.id or x.co_facilitator_id = fa.id)) as busy,
                       (select count(*)::int""" + SITES + " and (s.lead_facilitator_id = fa.id or s.co_facilitator_id = fa.id)"
                        + f.where("s.region_key") + """
                       ) as shown
                from facilitator fa order by fa.name
                """,
                f,
                true,
                FacilitatorSites.class);
        return rows.stream()
                .filter(r -> !filtered || r.sitesInFilter() > 0)
                .map(r -> new FacilitatorLoad()
                        .facilitatorId(r.id())
                        .name(r.name())
                        .capacity(r.capacity())
                        .assignedSites(r.assignedSites()))
                .toList();
    }

    List<AreaCount> areaCounts(DashboardFilter f, String keyExpression) {
        return rows(
                        "select " + keyExpression + ", count(*)::int" + SITES + f.where("s.region_key")
                                + " group by 1 order by 1",
                        f,
                        true,
                        AreaSites.class)
                .stream()
                .map(r -> new AreaCount().key(r.key()).sites(r.sites()))
                .toList();
    }

    private <R extends Record> List<R> rows(String sql, DashboardFilter f, boolean withRegion, Class<R> rowType) {
        return rows(sql, f, withRegion, Map.of(), rowType);
    }

    /**
     * The rows of one statement as {@code rowType}, a record built from the select list in order (Hibernate passes
     * the JDBC values unconverted, so the record's types follow the columns' SQL types).
     */
    private <R extends Record> List<R> rows(
            String sql, DashboardFilter f, boolean withRegion, Map<String, Object> parameters, Class<R> rowType) {
        NativeQuery<R> query = session.createNativeQuery(sql, rowType);
        f.bind(query, withRegion);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
