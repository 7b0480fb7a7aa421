package de.pakt.roadmap.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.api.model.MeasureCounts;
import de.pakt.roadmap.Progress;
import de.pakt.round.FundingRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Progress of many sites at once, computed in the database with the rule of {@link Progress}: measures (DONE = 100,
 * DROPPED left out) → mean per goal → mean per site; AVG skips NULLs, which is exactly "parts without progress are
 * left out". One statement for any number of sites.
 */
@ApplicationScoped
public class ProgressReport {

    /** Measures counted by status. */
    public record Counts(int planned, int inProgress, int done, int onHold, int dropped) {

        /** As the API shows measures by status (roadmaps, progress and the dashboard alike). */
        public MeasureCounts toApi() {
            return new MeasureCounts()
                    .planned(planned)
                    .inProgress(inProgress)
                    .done(done)
                    .onHold(onHold)
                    .dropped(dropped);
        }

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(
                    planned + o.planned,
                    inProgress + o.inProgress,
                    done + o.done,
                    onHold + o.onHold,
                    dropped + o.dropped);
        }

        public static Counts sum(Collection<Counts> all) {
            return all.stream().reduce(NONE, Counts::plus);
        }
    }

    public record SiteRow(UUID siteId, UUID roundId, String applicantKey, OptionalDouble progress, Counts measures) {}

    /** A row of {@link #sites(Scope)}'s statement; progress is null for a site without measures that count. */
    private record ProgressRow(
            UUID siteId,
            UUID roundId,
            String applicantKey,
            Double progress,
            int planned,
            int inProgress,
            int done,
            int onHold,
            int dropped) {

        SiteRow toSiteRow() {
            return new SiteRow(
                    siteId,
                    roundId,
                    applicantKey,
                    progress == null ? OptionalDouble.empty() : OptionalDouble.of(progress),
                    new Counts(planned, inProgress, done, onHold, dropped));
        }
    }

    /**
     * Which sites: of a programme, of some rounds, in a Regierungsbezirk; null means no restriction. The dashboard and
     * the round/programme progress share this one statement, so the rule lives in SQL once.
     */
    public record Scope(UUID programId, Collection<UUID> roundIds, String regionKey) {
        public static Scope rounds(Collection<UUID> roundIds) {
            return new Scope(null, roundIds, null);
        }

        String where() {
            return (programId == null ? "" : " and r.program_id = :program")
                    + (roundIds == null ? "" : " and s.round_id in (:rounds)")
                    + (regionKey == null ? "" : " and s.region_key = :region");
        }

        void bind(Query q) {
            if (programId != null) {
                q.setParameter("program", programId);
            }
            if (roundIds != null) {
                q.setParameter("rounds", roundIds);
            }
            if (regionKey != null) {
                q.setParameter("region", regionKey);
            }
        }
    }

    @Inject
    Session session;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteRow> sites(Collection<UUID> roundIds) {
        return roundIds.isEmpty() ? List.of() : sites(Scope.rounds(roundIds));
    }

    /** Every site in scope with its progress and its measures by status, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteRow> sites(Scope scope) {
        String where = scope.where();
        NativeQuery<ProgressRow> q = session.createNativeQuery("""
                with shares as (
                    select g.site_id, g.id as goal_id, m.status,
                           case m.status when 'DROPPED' then null when 'DONE' then 100 else least(greatest(m.progress, 0), 100) end as share
                    from goal g join measure m on m.goal_id = g.id join site s on s.id = g.site_id join funding_round r on r.id = s.round_id
                    where 1 = 1""" + where + """
                ), per_goal as (
                    select site_id, avg(share) as progress from shares group by site_id, goal_id
                ), per_site as (
                    select site_id, avg(progress)::float8 as progress from per_goal group by site_id
                ), counts as (
                    select site_id,
                           count(*) filter (where status = 'PLANNED') as planned,
                           count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                           count(*) filter (where status = 'DONE') as done,
                           count(*) filter (where status = 'ON_HOLD') as on_hold,
                           count(*) filter (where status = 'DROPPED') as dropped
                    from shares group by site_id
                )
                select s.id, s.round_id, s.applicant_key, p.progress,
                       coalesce(c.planned, 0)::int, coalesce(c.in_progress, 0)::int, coalesce(c.done, 0)::int, coalesce(c.on_hold, 0)::int, coalesce(c.dropped, 0)::int
                from site s join funding_round r on r.id = s.round_id left join per_site p on p.site_id = s.id left join counts c on c.site_id = s.id
                where 1 = 1""" + where, ProgressRow.class);
        scope.bind(q);
        return q.getResultList().stream().map(ProgressRow::toSiteRow).toList();
    }

    /** A round's roll-up: its measures by status, its progress (the mean of its sites'), how many sites have one. */
    public record RoundRollUp(FundingRound round, Counts measures, OptionalDouble progress, int sitesWithProgress) {}

    /** A programme's roll-up: its rounds in order, all their measures, and the mean of the rounds' progress. */
    public record ProgramRollUp(List<RoundRollUp> rounds, Counts measures, OptionalDouble progress) {}

    /** The programme's progress by round, from one statement over all its sites. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramRollUp program(UUID programId) {
        List<FundingRound> rounds = FundingRound.list("programId = ?1 order by number", programId);
        Map<UUID, List<SiteRow>> byRound = sites(rounds.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(SiteRow::roundId));
        List<RoundRollUp> perRound = rounds.stream()
                .map(r -> {
                    List<SiteRow> rows = byRound.getOrDefault(r.id, List.of());
                    return new RoundRollUp(
                            r, Counts.sum(rows.stream().map(SiteRow::measures).toList()), mean(rows), (int)
                                    rows.stream()
                                            .filter(x -> x.progress().isPresent())
                                            .count());
                })
                .toList();
        return new ProgramRollUp(
                perRound,
                Counts.sum(perRound.stream().map(RoundRollUp::measures).toList()),
                Progress.mean(perRound.stream().map(RoundRollUp::progress).toList()));
    }

    /** The mean of the rows that have a progress (the rule one level up). */
    public static OptionalDouble mean(Collection<SiteRow> rows) {
        return Progress.mean(rows.stream().map(SiteRow::progress).toList());
    }
}
