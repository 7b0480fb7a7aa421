package de.pakt.me.service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.common.i18n.GermanOrder;
import de.pakt.common.persistence.ScalarQuery;
import de.pakt.common.web.GermanTime;
import de.pakt.roadmap.service.ProgressReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The queries behind "Meine Arbeit": what needs a role's action now, and a municipality's or facilitator's own
 * applications, sites, registrations and events. Each list is one statement; the thresholds are the programme's
 * working rules (docs/daily-work.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyWork {

    private static final ZoneId BERLIN = GermanTime.BERLIN;
    /** A milestone within this many days is "due soon". */
    public static final int DUE_SOON_DAYS = 14;
    /** A roadmap still not adopted this many months after its site started needs the office's attention. */
    public static final int ROADMAP_ADOPTION_MONTHS = 3;
    /** A measure in progress that nobody touched for this many days asks for an update. */
    public static final int STALE_MEASURE_DAYS = 60;
    /** A site that has booked this share of its grant (percent) is near its limit. */
    public static final int BUDGET_ALERT_PERCENT = 90;

    private static final Set<String> RUNNING = Set.of("ONBOARDING", "ACTIVE");

    /** "Meßkirch, Ostrach": the applicant and its partners, in the application's order. */
    private static final String SITE_NAME = """
            (select string_agg(ar.name, ', ' order by x.ord)
               from (select s.applicant_key as k, 0 as ord
                     union all
                     select ap.area_key, ap.position + 1 from application_partner ap
                      where ap.application_id = s.application_id) x
               join administrative_area ar on ar.area_key = x.k)""";

    public enum Kind {
        APPLICATIONS_SUBMITTED,
        SITE_WITHOUT_LEAD_FACILITATOR,
        ROADMAP_NOT_ADOPTED,
        EVENT_TO_DOCUMENT,
        BUDGET_NEARLY_SPENT,
        MILESTONE_OVERDUE,
        MILESTONE_DUE_SOON,
        MEASURES_NOT_UPDATED,
        REVIEWS_TO_DO,
        APPLICATION_DRAFT
    }

    public enum Urgency {
        OVERDUE,
        DUE_SOON,
        OPEN
    }

    /** Something to do, with what it concerns; ids only where the task has them. */
    public record Task(
            Kind kind,
            Urgency urgency,
            String name,
            String detail,
            UUID roundId,
            UUID siteId,
            UUID eventId,
            UUID applicationId,
            UUID milestoneId,
            Integer count,
            LocalDate dueDate) {

        static Task of(Kind kind, Urgency urgency, String name) {
            return new Task(kind, urgency, name, null, null, null, null, null, null, null, null);
        }

        Task round(UUID id) {
            return new Task(
                    kind, urgency, name, detail, id, siteId, eventId, applicationId, milestoneId, count, dueDate);
        }

        Task site(UUID id) {
            return new Task(
                    kind, urgency, name, detail, roundId, id, eventId, applicationId, milestoneId, count, dueDate);
        }

        Task event(UUID id) {
            return new Task(
                    kind, urgency, name, detail, roundId, siteId, id, applicationId, milestoneId, count, dueDate);
        }

        Task application(UUID id) {
            return new Task(kind, urgency, name, detail, roundId, siteId, eventId, id, milestoneId, count, dueDate);
        }

        Task milestone(UUID id, String title) {
            return new Task(kind, urgency, name, title, roundId, siteId, eventId, applicationId, id, count, dueDate);
        }

        Task count(long n) {
            return new Task(
                    kind,
                    urgency,
                    name,
                    detail,
                    roundId,
                    siteId,
                    eventId,
                    applicationId,
                    milestoneId,
                    Math.toIntExact(n),
                    dueDate);
        }

        Task due(LocalDate date) {
            return new Task(
                    kind, urgency, name, detail, roundId, siteId, eventId, applicationId, milestoneId, count, date);
        }
    }

    public enum NextStep {
        SUBMIT,
        TOO_LATE,
        AWAIT_REVIEW,
        IN_REVIEW,
        SELECTED,
        WAITLISTED,
        REJECTED,
        WITHDRAWN
    }

    public record MyApplication(
            UUID id,
            UUID roundId,
            int roundNumber,
            String roundTitle,
            String status,
            Instant submittedAt,
            Instant windowClosesAt,
            NextStep nextStep) {}

    public record Milestone(UUID id, String title, LocalDate dueDate, boolean overdue) {}

    public record MySite(
            UUID id,
            String name,
            UUID roundId,
            String roundTitle,
            String status,
            String roadmapStatus,
            OptionalDouble progress,
            List<Milestone> nextMilestones) {}

    /** Also the row of {@link #registrations}: keep the components in the order of its select list. */
    public record MyRegistration(
            UUID id, UUID eventId, String eventTitle, Instant startsAt, String status, String personName) {}

    /** Also the row of {@link #eventsFor}: keep the components in the order of its select list. */
    public record MyEvent(UUID id, String title, Instant startsAt, String status, int registered, int capacity) {}

    // The rows of the statements below, their components in the order of each select list.

    /** A round, "3. Title", and how many of its applications wait. */
    private record RoundApplications(UUID roundId, String roundName, long applications) {}

    /** A site and its name (applicant and partners). */
    private record NamedSite(UUID siteId, String name) {}

    private record SiteCreated(UUID siteId, String name, Instant createdAt) {}

    private record HeldEvent(UUID eventId, String title, Instant endsAt) {}

    private record SiteBooked(UUID siteId, String name, int bookedPercent) {}

    private record SiteMilestone(UUID siteId, String siteName, UUID milestoneId, String title, LocalDate dueDate) {}

    private record SiteStaleMeasures(UUID siteId, String name, long measures) {}

    private record ApplicationRow(
            UUID id,
            UUID roundId,
            int roundNumber,
            String roundTitle,
            String status,
            Instant submittedAt,
            Instant windowClosesAt,
            String roundStatus) {}

    private record OpenMilestone(UUID siteId, UUID id, String title, LocalDate dueDate) {}

    private record SiteOverview(
            UUID id, String name, UUID roundId, String roundName, String status, String roadmapStatus) {}

    @Inject
    Session session;

    @Inject
    ProgressReport progress;

    public static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** The programme office's inbox. */
    public List<Task> officeTasks() {
        List<Task> tasks = new ArrayList<>();
        for (RoundApplications r : rows("""
                select r.id, r.number || '. ' || r.title, count(a.id)
                from funding_round r join application a on a.round_id = r.id and a.status = 'SUBMITTED'
                where r.status in ('OPEN', 'IN_REVIEW')
                group by r.id, r.number, r.title""", Map.of(), RoundApplications.class)) {
            tasks.add(Task.of(Kind.APPLICATIONS_SUBMITTED, Urgency.OPEN, r.roundName())
                    .round(r.roundId())
                    .count(r.applications()));
        }
        for (NamedSite r : rows("select s.id, " + SITE_NAME + """
                 from site s where s.status in ('ONBOARDING', 'ACTIVE') and s.lead_facilitator_id is null""", Map.of(), NamedSite.class)) {
            tasks.add(Task.of(Kind.SITE_WITHOUT_LEAD_FACILITATOR, Urgency.OPEN, r.name())
                    .site(r.siteId()));
        }
        for (SiteCreated r : rows(
                "select s.id, " + SITE_NAME + """
                 , s.created_at
                 from site s left join roadmap m on m.site_id = s.id
                 where s.status in ('ONBOARDING', 'ACTIVE') and (m.site_id is null or m.status = 'DRAFT')
                   and s.created_at < :limit""",
                Map.of(
                        "limit",
                        Timestamp.from(today().minusMonths(ROADMAP_ADOPTION_MONTHS)
                                .atStartOfDay(BERLIN)
                                .toInstant())),
                SiteCreated.class)) {
            LocalDate due = r.createdAt().atZone(BERLIN).toLocalDate().plusMonths(ROADMAP_ADOPTION_MONTHS);
            tasks.add(Task.of(Kind.ROADMAP_NOT_ADOPTED, Urgency.OVERDUE, r.name())
                    .site(r.siteId())
                    .due(due));
        }
        for (HeldEvent r : rows("""
                select e.id, e.title, e.ends_at from network_event e
                where e.status = 'HELD' and e.outcomes is null and e.minutes is null and e.lessons_learned is null""", Map.of(), HeldEvent.class)) {
            tasks.add(Task.of(Kind.EVENT_TO_DOCUMENT, Urgency.OPEN, r.title())
                    .event(r.eventId())
                    .due(r.endsAt().atZone(BERLIN).toLocalDate()));
        }
        for (SiteBooked r :
                rows("select s.id, " + SITE_NAME + """
                 , (100 * coalesce(sum(b.amount_cents), 0) / s.granted_cents)::int
                 from site s left join booking b on b.site_id = s.id
                 where s.status in ('ONBOARDING', 'ACTIVE')
                 group by s.id, s.applicant_key, s.application_id, s.granted_cents
                 having 100 * coalesce(sum(b.amount_cents), 0) >= :percent * s.granted_cents""", Map.of("percent", BUDGET_ALERT_PERCENT), SiteBooked.class)) {
            tasks.add(Task.of(Kind.BUDGET_NEARLY_SPENT, Urgency.DUE_SOON, r.name())
                    .site(r.siteId())
                    .count(r.bookedPercent()));
        }
        return sorted(tasks);
    }

    /** Milestones overdue or due soon, and measures nobody updated, of the given (running) sites. */
    public List<Task> siteTasks(Collection<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        LocalDate today = today();
        for (SiteMilestone r : rows(
                "select s.id, " + SITE_NAME + """
                 , m.id, m.title, m.due_date
                 from milestone m join site s on s.id = m.site_id
                 where s.id in (:sites) and s.status in ('ONBOARDING', 'ACTIVE')
                   and m.done_on is null and not m.dropped and m.due_date <= :soon""",
                Map.of("sites", siteIds, "soon", Date.valueOf(today.plusDays(DUE_SOON_DAYS))),
                SiteMilestone.class)) {
            boolean overdue = r.dueDate().isBefore(today);
            tasks.add(Task.of(
                            overdue ? Kind.MILESTONE_OVERDUE : Kind.MILESTONE_DUE_SOON,
                            overdue ? Urgency.OVERDUE : Urgency.DUE_SOON,
                            r.siteName())
                    .site(r.siteId())
                    .milestone(r.milestoneId(), r.title())
                    .due(r.dueDate()));
        }
        for (SiteStaleMeasures r : rows(
                "select s.id, " + SITE_NAME + """
                 , count(*)
                 from measure x join goal g on g.id = x.goal_id join site s on s.id = g.site_id
                 where s.id in (:sites) and s.status in ('ONBOARDING', 'ACTIVE')
                   and x.status = 'IN_PROGRESS' and x.updated_at < :stale
                 group by s.id, s.applicant_key, s.application_id""",
                Map.of(
                        "sites",
                        siteIds,
                        "stale",
                        Timestamp.from(Instant.now().minusSeconds(STALE_MEASURE_DAYS * 86_400L))),
                SiteStaleMeasures.class)) {
            tasks.add(Task.of(Kind.MEASURES_NOT_UPDATED, Urgency.OPEN, r.name())
                    .site(r.siteId())
                    .count(r.measures()));
        }
        return sorted(tasks);
    }

    /** Rounds in review with applications the given reviewer has not reviewed yet. */
    public List<Task> reviewTasks(String reviewer) {
        List<Task> tasks = new ArrayList<>();
        for (RoundApplications r : rows("""
                select r.id, r.number || '. ' || r.title, count(a.id)
                from funding_round r join application a on a.round_id = r.id and a.status = 'SUBMITTED'
                where r.status = 'IN_REVIEW'
                  and not exists (select 1 from review v where v.application_id = a.id and v.reviewer = :reviewer)
                group by r.id, r.number, r.title""", Map.of("reviewer", reviewer), RoundApplications.class)) {
            tasks.add(Task.of(Kind.REVIEWS_TO_DO, Urgency.OPEN, r.roundName())
                    .round(r.roundId())
                    .count(r.applications()));
        }
        return sorted(tasks);
    }

    /** A municipality's applications with their next step; drafts that can still be submitted are tasks too. */
    public List<MyApplication> applications(String applicantKey) {
        Instant now = Instant.now();
        return rows("""
                        select a.id, r.id, r.number, r.title, a.status, a.submitted_at, r.window_closes_at, r.status
                        from application a join funding_round r on r.id = a.round_id
                        where a.applicant_key = :key
                        order by r.number desc, a.created_at desc""", Map.of("key", applicantKey), ApplicationRow.class).stream()
                .map(r -> {
                    Instant closes = r.windowClosesAt();
                    NextStep next = switch (r.status()) {
                        case "DRAFT" ->
                            r.roundStatus().equals("OPEN") && (closes == null || closes.isAfter(now))
                                    ? NextStep.SUBMIT
                                    : NextStep.TOO_LATE;
                        case "SUBMITTED" -> r.roundStatus().equals("OPEN") ? NextStep.AWAIT_REVIEW : NextStep.IN_REVIEW;
                        default -> NextStep.valueOf(r.status());
                    };
                    return new MyApplication(
                            r.id(),
                            r.roundId(),
                            r.roundNumber(),
                            r.roundTitle(),
                            r.status(),
                            r.submittedAt(),
                            closes,
                            next);
                })
                .toList();
    }

    public List<Task> draftTasks(List<MyApplication> applications) {
        LocalDate soon = today().plusDays(DUE_SOON_DAYS);
        return sorted(applications.stream()
                .filter(a -> a.nextStep() == NextStep.SUBMIT)
                .map(a -> {
                    LocalDate due = a.windowClosesAt() == null
                            ? null
                            : a.windowClosesAt().atZone(BERLIN).toLocalDate();
                    return Task.of(
                                    Kind.APPLICATION_DRAFT,
                                    due != null && !due.isAfter(soon) ? Urgency.DUE_SOON : Urgency.OPEN,
                                    a.roundNumber() + ". " + a.roundTitle())
                            .round(a.roundId())
                            .application(a.id())
                            .due(due);
                })
                .toList());
    }

    /** The ids of a municipality's sites (as applicant). */
    public List<UUID> sitesOf(String applicantKey) {
        return ids("select s.id from site s where s.applicant_key = :key", Map.of("key", applicantKey));
    }

    /** The sites with name, round, statuses, progress and their next three open milestones. */
    public List<MySite> sites(Collection<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<UUID, List<Milestone>> milestones = rows("""
                        select m.site_id, m.id, m.title, m.due_date from milestone m
                        where m.site_id in (:sites) and m.done_on is null and not m.dropped
                        order by m.due_date nulls last, m.position""", Map.of("sites", siteIds), OpenMilestone.class).stream()
                .collect(Collectors.groupingBy(
                        OpenMilestone::siteId,
                        Collectors.mapping(
                                m -> new Milestone(
                                        m.id(),
                                        m.title(),
                                        m.dueDate(),
                                        m.dueDate() != null && m.dueDate().isBefore(today)),
                                Collectors.toList())));
        List<SiteOverview> rows = rows("select s.id, " + SITE_NAME + """
                 , r.id, r.number || '. ' || r.title, s.status, m.status
                 from site s join funding_round r on r.id = s.round_id left join roadmap m on m.site_id = s.id
                 where s.id in (:sites)""", Map.of("sites", siteIds), SiteOverview.class);
        Set<UUID> rounds = rows.stream().map(SiteOverview::roundId).collect(Collectors.toSet());
        Map<UUID, OptionalDouble> progressBySite = progress.sites(rounds).stream()
                .collect(Collectors.toMap(ProgressReport.SiteRow::siteId, ProgressReport.SiteRow::progress));
        return rows.stream()
                .map(r -> new MySite(
                        r.id(),
                        r.name(),
                        r.roundId(),
                        r.roundName(),
                        r.status(),
                        r.roadmapStatus(),
                        progressBySite.getOrDefault(r.id(), OptionalDouble.empty()),
                        milestones.getOrDefault(r.id(), List.of()).stream()
                                .limit(3)
                                // Only a running site's milestones can be overdue; a completed site's are history.
                                .map(m -> RUNNING.contains(r.status())
                                        ? m
                                        : new Milestone(m.id(), m.title(), m.dueDate(), false))
                                .toList()))
                .sorted(Comparator.comparing(MySite::name, GermanOrder.names()))
                .toList();
    }

    /** Registrations for upcoming events that the caller entered or that are the caller's own. */
    public List<MyRegistration> registrations(String subject) {
        return rows("""
                        select g.id, e.id, e.title, e.starts_at, g.status, g.person_name
                        from registration g join network_event e on e.id = g.event_id
                        where (g.registered_by = :subject or g.person_subject = :subject)
                          and g.status <> 'CANCELLED' and e.status <> 'CANCELLED' and e.ends_at > now()
                        order by e.starts_at, g.person_name""", Map.of("subject", subject), MyRegistration.class);
    }

    /** Upcoming events organised for the given sites. */
    public List<MyEvent> eventsFor(Collection<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        return rows("""
                        select e.id, e.title, e.starts_at, e.status,
                               (select count(*) from registration g where g.event_id = e.id and g.status = 'REGISTERED')::int,
                               e.capacity
                        from network_event e
                        where e.site_id in (:sites) and e.status <> 'CANCELLED' and e.ends_at > now()
                        order by e.starts_at""", Map.of("sites", siteIds), MyEvent.class);
    }

    /** Whether a round with an open call (and an open window) admits applicants of this kind. */
    public boolean callOpenFor(String applicantKind) {
        return !ids("""
                        select r.id from funding_round r
                        where r.status = 'OPEN' and (r.window_closes_at is null or r.window_closes_at > now())
                          and (',' || r.eligible_kinds || ',') like :kind""", Map.of("kind", "%," + applicantKind + ",%")).isEmpty();
    }

    public boolean anyRoundInReview() {
        return !ids("select r.id from funding_round r where r.status = 'IN_REVIEW'", Map.of())
                .isEmpty();
    }

    /** Most urgent first; within the same urgency by date, then by name in German order. */
    public static List<Task> sorted(List<Task> tasks) {
        return tasks.stream()
                .sorted(Comparator.comparing(Task::urgency)
                        .thenComparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::name, GermanOrder.names()))
                .toList();
    }

    /** The rows of one statement as {@code rowType}: a record built from the select list in order. */
    private <R extends Record> List<R> rows(String sql, Map<String, Object> parameters, Class<R> rowType) {
        NativeQuery<R> query = session.createNativeQuery(sql, rowType);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The ids one statement selects (its one column, named {@code id}). */
    private List<UUID> ids(String sql, Map<String, Object> parameters) {
        NativeQuery<UUID> query = ScalarQuery.of(session, sql, "id", UUID.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
