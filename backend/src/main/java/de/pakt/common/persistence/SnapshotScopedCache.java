package de.pakt.common.persistence;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Answers kept by this replica for exactly as long as nothing has been committed since they were read, for working
 * views whose readers have just written to them (the selection's ranking): each call asks the database for its
 * snapshot ({@link CommittedState}, one statement) and is served from the cache only at the snapshot the answer was
 * asked for at. Unlike {@link ChangeScopedCache}, which waits to hear of a change, a caller whose write has committed
 * always gets an answer that includes it, on whichever replica it lands. Any commit anywhere drops every answer, so
 * this pays where reads come in bursts between writes. ADR 0021.
 */
public final class SnapshotScopedCache<K, V> {

    private final SingleFlightEntries<K, String, V> entries;
    private final CommittedState committed;
    private final BooleanSupplier enabled;

    /** Beyond {@code maxEntries} keys the cache starts afresh (a bound on memory, not an eviction policy). */
    public SnapshotScopedCache(CommittedState committed, BooleanSupplier enabled, int maxEntries) {
        this.committed = committed;
        this.enabled = enabled;
        this.entries = new SingleFlightEntries<>(maxEntries);
    }

    /**
     * The answer for this key. It is read after the snapshot was taken, so it holds at least every commit the snapshot
     * does; a commit in between makes every later snapshot differ, so it is not served again.
     */
    public V get(K key, Function<K, V> read) {
        if (!enabled.getAsBoolean()) {
            return read.apply(key);
        }
        Optional<String> snapshot = committed.current();
        if (snapshot.isEmpty()) {
            return read.apply(key);
        }
        return entries.get(key, snapshot.get(), snapshot.get()::equals, read);
    }
}
