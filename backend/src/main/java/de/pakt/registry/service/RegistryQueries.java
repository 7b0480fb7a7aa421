package de.pakt.registry.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * The registry's search: a page of areas with the names of the Regierungsbezirk, Kreis and Gemeindeverband above
 * each and the number of all matches, in one statement (was three: count, page, ancestors).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryQueries {

    /** API sort fields and the columns they sort by. */
    public static final Map<String, String> SORTABLE =
            Map.of("name", "a.name_folded", "key", "a.area_key", "level", "a.level");

    /** Restrictions; null (or a blank text) means none. Keys are prefixes of the official keys. */
    public record AreaFilter(String text, String keyPrefix, Level level, String districtKey, String regionKey) {}

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

    // Only the levels above the area itself: a Kreis has a Regierungsbezirk, a Gemeinde all three; the key of a
    // Gemeindeverband is its own association key.
    private static final String FROM = """
            from administrative_area a
            left join administrative_area r on r.area_key = left(a.area_key, 3) and a.level <> 'REGION'
            left join administrative_area d
                   on d.area_key = left(a.area_key, 5) and a.level in ('ASSOCIATION', 'MUNICIPALITY')
            left join administrative_area v on v.area_key = case a.level when 'MUNICIPALITY' then a.parent_key
                                                                         when 'ASSOCIATION' then a.area_key end
            where 1 = 1""";

    @Inject
    Session session;

    public AreaPage search(AreaFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> params = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and a.name_folded like '%' || pakt_fold(:q) || '%' escape '\\'");
            params.put("q", InputRules.escapeLike(filter.text().trim()));
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
        NativeQuery<Area> list = session.createNativeQuery(
                        """
                        select a.area_key, a.regional_key, a.name, a.level, a.kind, a.parent_key,
                               r.name as region_name, d.name as district_name, v.name as association_name,
                               count(*) over () as total
                        """ + where + " order by " + orderBy(page.sort()), Area.class)
                .setFirstResult(page.page() * page.size())
                .setMaxResults(page.size());
        params.forEach(list::setParameter);
        List<Area> items = list.getResultList();
        if (!items.isEmpty() || page.page() == 0) {
            return new AreaPage(items, items.isEmpty() ? 0 : items.get(0).total());
        }
        // A page beyond the last: no row carries the count.
        NativeQuery<Long> count = session.createNativeQuery("select count(*) " + where, Long.class);
        params.forEach(count::setParameter);
        return new AreaPage(items, count.getSingleResult());
    }

    /** The columns come from {@link #SORTABLE} only; the key last, so that pages never overlap. */
    private static String orderBy(Sort sort) {
        return sort.getColumns().stream()
                        .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                        .collect(Collectors.joining(", "))
                + ", a.area_key";
    }
}
