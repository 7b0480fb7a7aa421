package de.pakt.registry.api;

import de.pakt.api.RegistryApi;
import de.pakt.api.model.AdministrativeAreaPage;
import de.pakt.api.model.AreaLevel;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Enums;
import de.pakt.common.web.PageQuery;
import de.pakt.registry.AdministrativeArea;
import de.pakt.registry.service.RegistryQueries;
import de.pakt.registry.service.RegistrySearchCache;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/** The registry is public reference data: everybody may read it, nobody writes it through the API. */
// Root resource: the generated interface carries the full paths of its operations.
@jakarta.ws.rs.Path("/")
public class RegistryResource implements RegistryApi {

    @Inject
    RegistryQueries queries;

    @Inject
    RegistrySearchCache searchCache;

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
        PageQuery query = PageQuery.of(page, size, sort, "name,asc", RegistryQueries.SORTABLE);
        RegistryQueries.AreaPage found = searchCache.search(
                new RegistryQueries.AreaFilter(
                        q, key, Enums.convert(level, AdministrativeArea.Level.class), districtKey, regionKey),
                query);
        return RestResponse.ok(new AdministrativeAreaPage()
                .items(found.items().stream().map(AreaMapper::toApi).toList())
                .page(query.page())
                .size(query.size())
                .totalItems(found.total())
                .totalPages(query.totalPages(found.total())));
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<de.pakt.api.model.AdministrativeArea> getAdministrativeArea(String key) {
        var api = queries.find(key)
                .map(AreaMapper::toApi)
                .orElseThrow(() -> ProblemException.notFound("registry.noun.area", key));
        // Reference data changes only with a migration; its content identifies the version.
        return RestResponse.ResponseBuilder.ok(api)
                .tag(new EntityTag(Integer.toHexString(api.hashCode())))
                .build();
    }
}
