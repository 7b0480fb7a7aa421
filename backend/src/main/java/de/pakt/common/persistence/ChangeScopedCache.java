package de.pakt.common.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers kept by this replica until a commit changes domain data (DataChangeSignal, ADR 0017) or the time-to-live
 * passes, for reads that everybody who may call them gets alike and that cost more as the data grow (the dashboard's
 * figures, the public portal's measure list). Nothing here is needed by another replica: each computes its own. While
 * changes cannot be heard, or with a time-to-live of 0, every call computes afresh.
 */
public final class ChangeScopedCache<K, V> {

    /** An answer being computed or computed, with the generation and time it was asked for. */
    private record Entry<V>(long generation, Instant computedAt, CompletableFuture<V> value) {
        boolean validAt(long current, Instant now, Duration ttl) {
            return generation == current && computedAt.plus(ttl).isAfter(now);
        }
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final DataChangeSignal changes;
    private final Supplier<Duration> ttl;
    private final int maxEntries;

    /** Beyond {@code maxEntries} keys the cache starts afresh (a bound on memory, not an eviction policy). */
    public ChangeScopedCache(DataChangeSignal changes, Supplier<Duration> ttl, int maxEntries) {
        this.changes = changes;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /**
     * The answer for this key. When it must be computed, one caller computes it and the others asking for the same key
     * meanwhile wait for its result: without that, every connection recomputes at once whenever data change or the
     * time-to-live ends (measured on the dashboard: p99 above a second at 16 connections on the 100× data).
     */
    public V get(K key, Function<K, V> compute) {
        Duration timeToLive = ttl.get();
        OptionalLong generation = changes.current();
        if (timeToLive.isZero() || generation.isEmpty()) {
            return compute.apply(key);
        }
        long current = generation.getAsLong();
        Instant now = Instant.now();
        Entry<V> mine = new Entry<>(current, now, new CompletableFuture<>());
        Entry<V> entry =
                entries.compute(key, (k, old) -> old != null && old.validAt(current, now, timeToLive) ? old : mine);
        if (entry == mine) {
            try {
                mine.value().complete(compute.apply(key));
            } catch (RuntimeException e) {
                entries.remove(key, mine); // a failure is not kept: the next request tries again
                mine.value().completeExceptionally(e);
                throw e;
            }
            if (entries.size() > maxEntries) {
                entries.clear();
            }
        }
        try {
            return entry.value().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
