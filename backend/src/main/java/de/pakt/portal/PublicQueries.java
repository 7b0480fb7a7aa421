package de.pakt.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.persistence.ScalarQuery;
import de.pakt.common.web.InputRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * What the public portal reads from the database: only published programmes, only measures marked public, and only
 * columns that are not about people. The rows' components follow the order of each statement's select list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicQueries {

    /** A site of a published programme; the applicant's area key starts with its Kreis (5 digits). */
    public record SiteRow(
            UUID siteId,
            String applicantKey,
            String regionKey,
            UUID roundId,
            int roundNumber,
            String roundTitle,
            UUID programId,
            String programTitle,
            String status,
            long publicMeasures) {}

    /**
     * A public measure with its site, its topic's and applicant's names; status and dates as stored. {@code total}: how
     * many measures match the filter, counted by the same statement.
     */
    public record MeasureRow(
            UUID id,
            String title,
            String description,
            UUID topicId,
            String topicName,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            UUID siteId,
            String applicantKey,
            String applicantName,
            String regionKey,
            UUID programId,
            long total) {}

    /** Restrictions on the public measures; null (or a blank text) means no restriction. */
    public record MeasureFilter(UUID topicId, String regionKey, String districtKey, UUID programId, String text) {
        /** A blank text is no restriction; surrounding blanks do not count (one cache entry for both). */
        public MeasureFilter {
            text = text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** One page of public measures, the number of all that match, and the partners of the measures on the page. */
    public record MeasurePage(List<MeasureRow> items, long totalItems, Map<UUID, List<String>> partners) {
        /** Unmodifiable: a page may be kept and read by many requests at once (PublicMeasuresCache). */
        public MeasurePage {
            items = List.copyOf(items);
            partners = partners.entrySet().stream()
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(
                            Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        }
    }

    private record Partner(UUID measureId, String name) {}

    private static final String SITES = """
            select s.id, s.applicant_key, s.region_key, r.id as round_id, r.number, r.title as round_title, p.id as program_id,
                   p.title as program_title, s.status,
                   (select count(*) from measure m join goal g on g.id = m.goal_id where g.site_id = s.id and m.is_public) as public_measures
            from site s join funding_round r on r.id = s.round_id join program p on p.id = r.program_id
            where p.published
            """;

    private static final String PUBLIC_MEASURES = """
            from measure m join goal g on g.id = m.goal_id join site s on s.id = g.site_id
            join funding_round r on r.id = s.round_id join program p on p.id = r.program_id
            join administrative_area a on a.area_key = s.applicant_key
            left join topic t on t.id = m.topic_id
            where m.is_public and p.published
            """;

    @Inject
    Session session;

    /** Sites of published programmes, optionally of one programme or round; by round, then by applicant name. */
    public List<SiteRow> sites(UUID programId, UUID roundId) {
        StringBuilder sql = new StringBuilder(SITES);
        Map<String, Object> params = new HashMap<>();
        if (programId != null) {
            sql.append(" and p.id = :program");
            params.put("program", programId);
        }
        if (roundId != null) {
            sql.append(" and r.id = :round");
            params.put("round", roundId);
        }
        sql.append(" order by r.number, (select a.name from administrative_area a where a.area_key = s.applicant_key),"
                + " s.applicant_key");
        NativeQuery<SiteRow> query = session.createNativeQuery(sql.toString(), SiteRow.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Public measures ordered by applicant name and title: the page with names and the count of all matches in one
     * statement, its partners in a second (the count alone only for a page beyond the last). Measured against a count
     * of its own (make bench, docs/performance.md): the window count makes PostgreSQL sort every match, yet the API
     * served more with one round trip fewer (1,445 vs 560 req/s on the demo data, 195 vs 125 at 100×).
     */
    public MeasurePage measures(MeasureFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(PUBLIC_MEASURES);
        Map<String, Object> params = new HashMap<>();
        if (filter.topicId() != null) {
            where.append(" and m.topic_id = :topic");
            params.put("topic", filter.topicId());
        }
        if (filter.regionKey() != null) {
            where.append(" and s.region_key = :region");
            params.put("region", filter.regionKey());
        }
        if (filter.districtKey() != null) {
            where.append(" and left(s.applicant_key, 5) = :district");
            params.put("district", filter.districtKey());
        }
        if (filter.programId() != null) {
            where.append(" and p.id = :program");
            params.put("program", filter.programId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(
                    " and (pakt_fold(m.title) like pakt_fold(:q) escape '\\' or pakt_fold(coalesce(m.description, '')) like pakt_fold(:q) escape '\\')");
            params.put("q", InputRules.containsPattern(filter.text().strip()));
        }
        NativeQuery<Long> count = ScalarQuery.of(session, "select count(*) as total " + where, "total", Long.class);
        NativeQuery<MeasureRow> list = session.createNativeQuery(
                        """
                select m.id, m.title, m.description, m.topic_id, t.name as topic_name, m.status, m.start_date, m.end_date,
                       s.id as site_id, s.applicant_key, a.name as applicant_name, s.region_key, p.id as program_id,
                       count(*) over () as total
                """ + where + " order by a.name, m.title, m.id", MeasureRow.class)
                .setFirstResult(page * size)
                .setMaxResults(size);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            list.setParameter(name, value);
        });
        List<MeasureRow> items = list.getResultList();
        long total = !items.isEmpty() ? items.get(0).total() : page == 0 ? 0 : count.getSingleResult();
        return new MeasurePage(
                items, total, partners(items.stream().map(MeasureRow::id).toList()));
    }

    /** Partner names per measure in their order; no statement for no measures. */
    private Map<UUID, List<String>> partners(List<UUID> measureIds) {
        Map<UUID, List<String>> result = new HashMap<>();
        if (measureIds.isEmpty()) {
            return result;
        }
        session.createNativeQuery(
                        "select measure_id, name from measure_partner where measure_id in (:ids) order by measure_id, position",
                        Partner.class)
                .setParameter("ids", measureIds)
                .getResultList()
                .forEach(p -> result.computeIfAbsent(p.measureId(), k -> new ArrayList<>())
                        .add(p.name()));
        return result;
    }
}
