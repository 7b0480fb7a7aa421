package de.pakt.dashboard;

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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    @Inject
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rounds = f.bind(
                        em.createNativeQuery(
                                "select r.id, r.program_id, r.number, r.title from funding_round r where r.status <> 'DRAFT'"
                                        + f.where(null) + " order by r.program_id, r.number"),
                        false)
                .getResultList();
        Map<UUID, ApplicationCounts> apps = applications(f);
        Map<UUID, SiteCounts> sites = siteCounts(f);
        Map<UUID, RoundBudget> budget = new HashMap<>();
        budget(f).forEach(b -> budget.put(b.getRoundId(), b));
        Map<UUID, SiteRow> measures = measures(f);
        Map<UUID, int[]> attendance = attendanceByRound(f);
        List<Cohort> result = new ArrayList<>();
        for (Object[] r : rounds) {
            UUID id = (UUID) r[0];
            List<SiteRow> ofRound = measures.values().stream()
                    .filter(m -> m.roundId().equals(id))
                    .toList();
            RoundBudget b = budget.get(id);
            Cohort c = new Cohort()
                    .roundId(id)
                    .programId((UUID) r[1])
                    .number(((Number) r[2]).intValue())
                    .title((String) r[3])
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
                    .eventsHeld(attendance.getOrDefault(id, new int[3])[0])
                    .attended(attendance.getOrDefault(id, new int[3])[1]);
            ProgressReport.mean(ofRound).ifPresent(c::setProgress);
            result.add(c);
        }
        return result;
    }

    /** Applications by status, per round and in total (key null). */
    Map<UUID, ApplicationCounts> applications(DashboardFilter f) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery(
                                "select r.id, a.status, count(*) from application a join funding_round r on r.id = a.round_id"
                                        + " where a.status <> 'DRAFT'" + f.where("a.region_key")
                                        + " group by rollup (r.id), a.status"),
                        true)
                .getResultList();
        Map<UUID, Map<String, Integer>> byRound = new HashMap<>();
        rows.forEach(row -> byRound.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                .merge((String) row[1], ((Number) row[2]).intValue(), Integer::sum));
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery("select r.id, count(*), count(*) filter (where s.status = 'ONBOARDING'),"
                                + " count(*) filter (where s.status = 'ACTIVE'), count(*) filter (where s.status = 'COMPLETED'),"
                                + " count(*) filter (where s.status = 'DISCONTINUED')" + SITES + f.where("s.region_key")
                                + " group by rollup (r.id)"),
                        true)
                .getResultList();
        Map<UUID, SiteCounts> result = new HashMap<>();
        rows.forEach(r -> result.put(
                (UUID) r[0],
                new SiteCounts()
                        .total(i(r[1]))
                        .onboarding(i(r[2]))
                        .active(i(r[3]))
                        .completed(i(r[4]))
                        .discontinued(i(r[5]))));
        return result;
    }

    /** Granted and booked per round (bookings summed per site first, so a site's grant is not multiplied). */
    List<RoundBudget> budget(DashboardFilter f) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery(
                                "select r.id, r.number, r.title, sum(s.granted_cents), coalesce(sum(b.booked), 0)"
                                        + " from site s join funding_round r on r.id = s.round_id"
                                        + " left join (select site_id, sum(amount_cents) as booked from booking group by site_id) b on b.site_id = s.id where 1 = 1"
                                        + f.where("s.region_key")
                                        + " group by r.id, r.number, r.title, r.program_id order by r.program_id, r.number"),
                        true)
                .getResultList();
        return rows.stream()
                .map(r -> new RoundBudget()
                        .roundId((UUID) r[0])
                        .number(i(r[1]))
                        .title((String) r[2])
                        .grantedCents(l(r[3]))
                        .bookedCents(l(r[4]))
                        .remainingCents(l(r[3]) - l(r[4])))
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery(
                                "select m.topic_id, m.status, count(*) from measure m join goal g on g.id = m.goal_id"
                                        + " join site s on s.id = g.site_id join funding_round r on r.id = s.round_id where 1 = 1"
                                        + f.where("s.region_key")
                                        + " group by m.topic_id, m.status"),
                        true)
                .getResultList();
        Map<UUID, Map<String, Integer>> byTopic = new LinkedHashMap<>();
        rows.forEach(
                r -> byTopic.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((String) r[1], i(r[2])));
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
        Object[] counts = (Object[]) f.bind(
                        em.createNativeQuery("select count(*) filter (where ms.due_date < :today),"
                                + " count(*) filter (where ms.due_date between :today and :soon)" + open),
                        true)
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(30))
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> next = f.bind(
                        em.createNativeQuery("select s.id, s.applicant_key, ms.title, ms.due_date" + open
                                + " and ms.due_date <= :soon order by ms.due_date, s.applicant_key limit 12"),
                        true)
                .setParameter("soon", today.plusDays(30))
                .getResultList();
        AreaRefs areas = AreaRefs.of(next.stream().map(r -> (String) r[1]).toList());
        return new MilestoneFigures()
                .overdue(i(counts[0]))
                .dueSoon(i(counts[1]))
                .next(next.stream()
                        .map(r -> {
                            LocalDate due = date(r[3]);
                            return new MilestoneDue()
                                    .site(new SiteRef().siteId((UUID) r[0]).applicant(areas.ref((String) r[1])))
                                    .title((String) r[2])
                                    .dueDate(due)
                                    .overdue(due.isBefore(today));
                        })
                        .toList());
    }

    EventFigures events(DashboardFilter f) {
        String events = " from network_event e join funding_round r on r.id = e.round_id where 1 = 1"
                + f.where("left(e.host_key, 3)");
        Object[] c = (Object[]) f.bind(
                        em.createNativeQuery("select count(*) filter (where e.status = 'HELD'),"
                                + " count(*) filter (where e.status in ('PLANNED', 'OPEN', 'CLOSED') and e.starts_at >= now()),"
                                + " count(*) filter (where e.status = 'CANCELLED'),"
                                + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')), 0),"
                                + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'NO_SHOW')), 0)"
                                + events),
                        true)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> next = f.bind(
                        em.createNativeQuery(
                                "select e.id, e.title, e.kind, e.starts_at" + events
                                        + " and e.status in ('PLANNED', 'OPEN', 'CLOSED') and e.starts_at >= now() order by e.starts_at limit 5"),
                        true)
                .getResultList();
        return new EventFigures()
                .held(i(c[0]))
                .upcoming(i(c[1]))
                .cancelled(i(c[2]))
                .attended(i(c[3]))
                .noShows(i(c[4]))
                .upcomingEvents(next.stream()
                        .map(r -> new EventRef()
                                .id((UUID) r[0])
                                .title((String) r[1])
                                .kind(EventKind.fromValue((String) r[2]))
                                .startsAt(instant(r[3]).atOffset(ZoneOffset.UTC)))
                        .toList());
    }

    /** Events held and attendances per round, for the cohorts. */
    Map<UUID, int[]> attendanceByRound(DashboardFilter f) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery("select r.id, count(*) filter (where e.status = 'HELD'),"
                                + " coalesce(sum((select count(*) from registration g where g.event_id = e.id and g.status = 'ATTENDED')), 0)"
                                + " from network_event e join funding_round r on r.id = e.round_id where 1 = 1"
                                + f.where(null) + " group by r.id"),
                        false)
                .getResultList();
        Map<UUID, int[]> result = new HashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], new int[] {i(r[1]), i(r[2]), 0}));
        return result;
    }

    /** Facilitators with their sites in onboarding or active; with a filter only those with a site in it. */
    List<FacilitatorLoad> facilitators(DashboardFilter f) {
        boolean filtered = f.programId() != null || f.roundId() != null || f.regionKey() != null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery(
                                """
                select fa.id, fa.name, fa.capacity,
                       (select count(*) from site x where x.status in ('ONBOARDING', 'ACTIVE')
                            and (x.lead_facilitator_id = fa.id or x.co_facilitator_id = fa.id)) as busy,
                       (select count(*)""" + SITES + " and (s.lead_facilitator_id = fa.id or s.co_facilitator_id = fa.id)"
                                        + f.where("s.region_key") + """
                       ) as shown
                from facilitator fa order by fa.name
                """),
                        true)
                .getResultList();
        return rows.stream()
                .filter(r -> !filtered || i(r[4]) > 0)
                .map(r -> new FacilitatorLoad()
                        .facilitatorId((UUID) r[0])
                        .name((String) r[1])
                        .capacity(i(r[2]))
                        .assignedSites(i(r[3])))
                .toList();
    }

    List<AreaCount> areaCounts(DashboardFilter f, String keyExpression) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(
                        em.createNativeQuery("select " + keyExpression + ", count(*)" + SITES + f.where("s.region_key")
                                + " group by 1 order by 1"),
                        true)
                .getResultList();
        return rows.stream()
                .map(r -> new AreaCount().key((String) r[0]).sites(i(r[1])))
                .toList();
    }

    static int i(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static long l(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static java.time.Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t
                ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (java.time.Instant) value;
    }
}
