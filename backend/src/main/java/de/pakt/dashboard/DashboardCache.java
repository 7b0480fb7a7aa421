package de.pakt.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import de.pakt.api.model.Dashboard;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.persistence.DataChangeSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The dashboard's figures per filter, kept by each replica until domain data change (DataChangeSignal) or the
 * time-to-live passes. The figures aggregate the whole programme, so their statements grow with the data (116 ms of
 * SQL at 100× the demo data, docs/performance.md) while they change only when someone writes. Every caller with access
 * sees the same figures, so one entry serves all. Nothing here is needed by another replica: each computes its own.
 */
@ApplicationScoped
public class DashboardCache {

    /** Filters are programme × round × region: a few hundred at most; beyond that, start afresh. */
    private static final int MAX_ENTRIES = 512;

    private record Entry(long generation, Instant computedAt, Dashboard figures) {}

    private final ConcurrentHashMap<DashboardFilter, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    DashboardService service;

    @Inject
    DataChangeSignal changes;

    @Inject
    PaktConfig config;

    public Dashboard dashboard(DashboardFilter filter) {
        Duration ttl = config.dashboard().cacheTtl();
        OptionalLong generation = changes.current();
        if (ttl.isZero() || generation.isEmpty()) {
            return service.dashboard(filter);
        }
        Instant now = Instant.now();
        Entry entry = entries.get(filter);
        if (entry != null
                && entry.generation() == generation.getAsLong()
                && entry.computedAt().plus(ttl).isAfter(now)) {
            return entry.figures();
        }
        Dashboard figures = service.dashboard(filter);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(filter, new Entry(generation.getAsLong(), now, figures));
        return figures;
    }
}
