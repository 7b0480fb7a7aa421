package de.pakt.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /** Figures being computed or computed, with the generation and time they were asked for. */
    private record Entry(long generation, Instant computedAt, CompletableFuture<Dashboard> figures) {
        boolean validAt(long current, Instant now, Duration ttl) {
            return generation == current && computedAt.plus(ttl).isAfter(now);
        }
    }

    private final ConcurrentHashMap<DashboardFilter, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    DashboardService service;

    @Inject
    DataChangeSignal changes;

    @Inject
    PaktConfig config;

    /**
     * The figures for this filter. When they must be computed, one request computes them and the others asking for the
     * same filter meanwhile wait for its result: without that, every connection recomputes at once whenever data change
     * or the time-to-live ends (measured: p99 above a second at 16 connections on the 100× data).
     */
    public Dashboard dashboard(DashboardFilter filter) {
        Duration ttl = config.dashboard().cacheTtl();
        OptionalLong generation = changes.current();
        if (ttl.isZero() || generation.isEmpty()) {
            return service.dashboard(filter);
        }
        long current = generation.getAsLong();
        Instant now = Instant.now();
        Entry mine = new Entry(current, now, new CompletableFuture<>());
        Entry entry = entries.compute(filter, (key, old) -> old != null && old.validAt(current, now, ttl) ? old : mine);
        if (entry == mine) {
            try {
                mine.figures().complete(service.dashboard(filter));
            } catch (RuntimeException e) {
                entries.remove(filter, mine); // a failure is not kept: the next request tries again
                mine.figures().completeExceptionally(e);
                throw e;
            }
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
        }
        try {
            return entry.figures().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
