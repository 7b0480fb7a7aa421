package de.pakt.registry.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.RegistryApi;
import de.pakt.api.model.AdministrativeAreaPage;
import de.pakt.api.model.AreaLevel;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Enums;
import de.pakt.common.web.InputRules;
import de.pakt.common.web.PageQuery;
import de.pakt.registry.AdministrativeArea;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** The registry is public reference data: everybody may read it, nobody writes it through the API. */
// Root resource: the generated interface carries the full paths of its operations.
@jakarta.ws.rs.Path("/")
public class RegistryResource implements RegistryApi {

    private static final Map<String, String> SORTABLE = Map.of("name", "nameFolded", "key", "key", "level", "level");

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<AdministrativeAreaPage> listAdministrativeAreas(
            Integer page,
            Integer size,
            String sort,
            String q,
            String key,
            AreaLevel level,
            String districtKey,
            String regionKey) {
        PageQuery query = PageQuery.of(page, size, sort, "name,asc", SORTABLE);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" and nameFolded like concat('%', function('pakt_fold', :q), '%') escape '\\'");
            params.put("q", InputRules.escapeLike(q.trim()));
        }
        if (key != null) {
            where.append(" and key like :key escape '\\'");
            params.put("key", InputRules.escapeLike(key) + "%");
        }
        if (level != null) {
            where.append(" and level = :level");
            params.put("level", Enums.convert(level, AdministrativeArea.Level.class));
        }
        if (districtKey != null) {
            where.append(" and key like :districtPrefix escape '\\' and key <> :districtKey");
            params.put("districtPrefix", InputRules.escapeLike(districtKey) + "%");
            params.put("districtKey", districtKey);
        }
        if (regionKey != null) {
            where.append(" and key like :regionPrefix escape '\\' and key <> :regionKey");
            params.put("regionPrefix", InputRules.escapeLike(regionKey) + "%");
            params.put("regionKey", regionKey);
        }
        Sort sortOrder = query.sort().and("key");
        PanacheQuery<AdministrativeArea> found =
                AdministrativeArea.find(where.toString(), sortOrder, params).page(query.panachePage());
        long total = found.count();
        List<AdministrativeArea> areas = found.list();
        Map<String, AdministrativeArea> ancestors = ancestorsOf(areas);
        return RestResponse.ok(new AdministrativeAreaPage()
                .items(areas.stream().map(a -> AreaMapper.toApi(a, ancestors)).toList())
                .page(query.page())
                .size(query.size())
                .totalItems(total)
                .totalPages(query.totalPages(total)));
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<de.pakt.api.model.AdministrativeArea> getAdministrativeArea(String key) {
        AdministrativeArea area = AdministrativeArea.<AdministrativeArea>findByIdOptional(key)
                .orElseThrow(() -> ProblemException.notFound("registry.noun.area", key));
        var api = AreaMapper.toApi(area, ancestorsOf(List.of(area)));
        // Reference data changes only with a migration; its content identifies the version.
        return RestResponse.ResponseBuilder.ok(api)
                .tag(new EntityTag(Integer.toHexString(api.hashCode())))
                .build();
    }

    /** Loads every Regierungsbezirk, Kreis and Gemeindeverband the given areas need, in one query. */
    private static Map<String, AdministrativeArea> ancestorsOf(List<AdministrativeArea> areas) {
        Set<String> keys = new HashSet<>();
        for (AdministrativeArea area : areas) {
            keys.add(area.regionKey());
            if (area.districtKey() != null) {
                keys.add(area.districtKey());
            }
            if (area.associationKey() != null) {
                keys.add(area.associationKey());
            }
        }
        return AdministrativeArea.findByKeys(keys).stream().collect(Collectors.toMap(a -> a.key, Function.identity()));
    }
}
