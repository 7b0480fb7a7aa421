package de.pakt.registry.service;

import java.util.stream.Collectors;

import de.pakt.common.config.PaktConfig;
import de.pakt.common.persistence.ChangeScopedCache;
import de.pakt.common.persistence.DataChangeSignal;
import de.pakt.common.web.PageQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pages of the registry search, kept by each replica like the portal's pages (ADR 0017). The registry is reference
 * data that changes only with a migration, yet its search is the most asked public read (the municipality picker of
 * the application form, integrators), and every page counts all its matches through the trigram index: about 1,500
 * pages a second on two cores, with a p99 of 40 ms at 16 connections (docs/performance.md). Dropped on any commit to
 * domain data, so a corrected name shows at once.
 */
@ApplicationScoped
public class RegistrySearchCache {

    /** Search texts are many; the bound keeps memory small (a page is a few kilobytes). */
    private static final int MAX_ENTRIES = 1024;

    private record Key(RegistryQueries.AreaFilter filter, int page, int size, String sort) {}

    @Inject
    RegistryQueries queries;

    @Inject
    DataChangeSignal changes;

    @Inject
    PaktConfig config;

    private ChangeScopedCache<Key, RegistryQueries.AreaPage> cache;

    @PostConstruct
    void create() {
        cache = new ChangeScopedCache<>(changes, () -> config.portal().cacheTtl(), MAX_ENTRIES);
    }

    public RegistryQueries.AreaPage search(RegistryQueries.AreaFilter filter, PageQuery page) {
        String sort = page.sort().getColumns().stream()
                .map(column -> column.getName() + " " + column.getDirection())
                .collect(Collectors.joining(","));
        return cache.get(new Key(filter, page.page(), page.size(), sort), k -> queries.search(k.filter(), page));
    }
}
