package de.pakt.common.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers kept by this replica until a commit changes domain data (DataChangeSignal, ADR 0017) or the time-to-live
 * passes, for reads that everybody who may call them gets alike and that cost more as the data grow (the dashboard's
 * figures, the public portal's measure list). Nothing here is needed by another replica: each computes its own. While
 * changes cannot be heard, or with a time-to-live of 0, every call computes afresh.
 */
public final class ChangeScopedCache<K, V> {

    /** The generation and time an answer was asked for. */
    private record Stamp(long generation, Instant computedAt) {}

    private final SingleFlightEntries<K, Stamp, V> entries;
    private final DataChangeSignal changes;
    private final Supplier<Duration> ttl;

    /** Beyond {@code maxEntries} keys the cache starts afresh (a bound on memory, not an eviction policy). */
    public ChangeScopedCache(DataChangeSignal changes, Supplier<Duration> ttl, int maxEntries) {
        this.changes = changes;
        this.ttl = ttl;
        this.entries = new SingleFlightEntries<>(maxEntries);
    }

    /** The answer for this key; while it is computed, others asking for the same key wait for it. */
    public V get(K key, Function<K, V> compute) {
        Duration timeToLive = ttl.get();
        OptionalLong generation = changes.current();
        if (timeToLive.isZero() || generation.isEmpty()) {
            return compute.apply(key);
        }
        long current = generation.getAsLong();
        Instant now = Instant.now();
        return entries.get(
                key,
                new Stamp(current, now),
                kept -> kept.generation() == current
                        && kept.computedAt().plus(timeToLive).isAfter(now),
                compute);
    }
}
