package de.pakt.dashboard;

import de.pakt.api.model.Dashboard;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.persistence.ChangeScopedCache;
import de.pakt.common.persistence.DataChangeSignal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The dashboard's figures per filter, kept by each replica until domain data change or the time-to-live passes. The
 * figures aggregate the whole programme, so their statements grow with the data (116 ms of SQL at 100× the demo data,
 * docs/performance.md) while they change only when someone writes. Every caller with access sees the same figures, so
 * one entry serves all.
 */
@ApplicationScoped
public class DashboardCache {

    /** Filters are programme × round × region: a few hundred at most. */
    private static final int MAX_ENTRIES = 512;

    @Inject
    DashboardService service;

    @Inject
    DataChangeSignal changes;

    @Inject
    PaktConfig config;

    private ChangeScopedCache<DashboardFilter, Dashboard> cache;

    @PostConstruct
    void create() {
        cache = new ChangeScopedCache<>(changes, () -> config.dashboard().cacheTtl(), MAX_ENTRIES);
    }

    public Dashboard dashboard(DashboardFilter filter) {
        return cache.get(filter, service::dashboard);
    }
}
