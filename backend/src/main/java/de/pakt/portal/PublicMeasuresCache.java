package de.pakt.portal;

import de.pakt.common.config.PaktConfig;
import de.pakt.common.persistence.ChangeScopedCache;
import de.pakt.common.persistence.DataChangeSignal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pages of the public measure list, kept by each replica until domain data change or the time-to-live passes. A page
 * is ordered by applicant name over every public measure, so its statement grows with the programme (at 100× the demo
 * data PostgreSQL serves it 300 times a second against 5,500 on the demo data, docs/performance.md), while the list
 * changes only when a site edits its roadmap. It is the same for everybody.
 */
@ApplicationScoped
public class PublicMeasuresCache {

    /** Filters with free text are many; the bound keeps memory small (a page is a few kilobytes). */
    private static final int MAX_ENTRIES = 1024;

    private record Key(PublicQueries.MeasureFilter filter, int page, int size) {}

    @Inject
    PublicQueries queries;

    @Inject
    DataChangeSignal changes;

    @Inject
    PaktConfig config;

    private ChangeScopedCache<Key, PublicQueries.MeasurePage> cache;

    @PostConstruct
    void create() {
        cache = new ChangeScopedCache<>(changes, () -> config.portal().cacheTtl(), MAX_ENTRIES);
    }

    public PublicQueries.MeasurePage measures(PublicQueries.MeasureFilter filter, int page, int size) {
        return cache.get(new Key(filter, page, size), k -> queries.measures(k.filter(), k.page(), k.size()));
    }
}
