package de.pakt.registry.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.pakt.common.persistence.ScalarQuery;
import de.pakt.common.web.InputRules;
import de.pakt.common.web.PageQuery;
import de.pakt.registry.AdministrativeArea.Level;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The registry's reads: one area, or a page of areas with the number of all matches, each with the names of the
 * Regierungsbezirk, Kreis and Gemeindeverband above it, in one statement (the search was three: count, page,
 * ancestors).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryQueries {

    /** API sort fields and the columns they sort by. */
    public static final Map<String, String> SORTABLE =
            Map.of("name", "name_folded", "key", "area_key", "level", "level");

    /** Restrictions; null (or a blank text) means none. Keys are prefixes of the official keys. */
    public record AreaFilter(String text, String keyPrefix, Level level, String districtKey, String regionKey) {
        /** Blanks around a text change nothing (one cache entry), a blank text is no filter. */
        public AreaFilter {
            text = text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** An area with the names of the levels above it (null where the level is not above it). */
    public record Area(
            String key,
            String regionalKey,
            String name,
            String level,
            String kind,
            String parentKey,
            String regionName,
            String districtName,
            String associationName,
            long total) {

        public Level areaLevel() {
            return Level.valueOf(level);
        }
    }

    public record AreaPage(List<Area> items, long total) {}

    private static final String FROM = "from administrative_area a where 1 = 1";

    // Only the levels above the area itself: a Kreis has a Regierungsbezirk, a Gemeinde all three; the key of a
    // Gemeindeverband is its own association key. Looked up for the page's rows only, by scalar subqueries: joining
    // the table to itself three times made PostgreSQL plan for 2 ms on every call (measured: 0.46 vs 2.5 ms).
    private static final String NAMES_ABOVE = """
            select p.area_key, p.regional_key, p.name, p.level, p.kind, p.parent_key,
                   case when p.level <> 'REGION'
                        then (select r.name from administrative_area r where r.area_key = left(p.area_key, 3)) end,
                   case when p.level in ('ASSOCIATION', 'MUNICIPALITY')
                        then (select d.name from administrative_area d where d.area_key = left(p.area_key, 5)) end,
                   (select v.name from administrative_area v
                    where v.area_key = case p.level when 'MUNICIPALITY' then p.parent_key
                                                    when 'ASSOCIATION' then p.area_key end),
                   p.total
            from (select a.area_key, a.regional_key, a.name, a.level, a.kind, a.parent_key, a.name_folded,
                         count(*) over () as total
                  %s
                  order by %s
                  offset :offset limit :limit) p
            order by %s""";

    @Inject
    Session session;

    /** The area with exactly this key; empty when there is none. */
    public Optional<Area> find(String key) {
        String where = FROM + " and a.area_key = :key";
        return session.createNativeQuery(NAMES_ABOVE.formatted(where, "area_key", "area_key"), Area.class)
                .setParameter("key", key)
                .setParameter("offset", 0)
                .setParameter("limit", 1)
                .getResultStream()
                .findFirst();
    }

    public AreaPage search(AreaFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> params = new HashMap<>();
        if (filter.text() != null) {
            where.append(" and a.name_folded like '%' || pakt_fold(:q) || '%' escape '\\'");
            params.put("q", InputRules.escapeLike(filter.text()));
        }
        if (filter.keyPrefix() != null) {
            where.append(" and a.area_key like :key escape '\\'");
            params.put("key", InputRules.escapeLike(filter.keyPrefix()) + "%");
        }
        if (filter.level() != null) {
            where.append(" and a.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.districtKey() != null) {
            where.append(" and a.area_key like :districtPrefix escape '\\' and a.area_key <> :districtKey");
            params.put("districtPrefix", InputRules.escapeLike(filter.districtKey()) + "%");
            params.put("districtKey", filter.districtKey());
        }
        if (filter.regionKey() != null) {
            where.append(" and a.area_key like :regionPrefix escape '\\' and a.area_key <> :regionKey");
            params.put("regionPrefix", InputRules.escapeLike(filter.regionKey()) + "%");
            params.put("regionKey", filter.regionKey());
        }
        String order = orderBy(page.sort());
        NativeQuery<Area> list = session.createNativeQuery(NAMES_ABOVE.formatted(where, order, order), Area.class)
                .setParameter("offset", page.page() * page.size())
                .setParameter("limit", page.size());
        params.forEach(list::setParameter);
        List<Area> items = List.copyOf(list.getResultList()); // cached and shared: unmodifiable
        if (!items.isEmpty() || page.page() == 0) {
            return new AreaPage(items, items.isEmpty() ? 0 : items.get(0).total());
        }
        // A page beyond the last: no row carries the count.
        NativeQuery<Long> count = ScalarQuery.of(session, "select count(*) as total " + where, "total", Long.class);
        params.forEach(count::setParameter);
        return new AreaPage(items, count.getSingleResult());
    }

    /** The columns come from {@link #SORTABLE} only; the key last, so that pages never overlap. */
    private static String orderBy(Sort sort) {
        return sort.getColumns().stream()
                        .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                        .collect(Collectors.joining(", "))
                + ", area_key";
    }
}
