package de.pakt.integration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads the outbox as a feed. Rows are ordered by (transaction id, position) and only rows of transactions older than
 * every transaction still running are read ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}): no transaction
 * that could still add a row below a cursor is running, so a cursor never passes a change that commits later (ADR
 * 0008). A long-running transaction anywhere in the database cluster holds the feed back until it ends.
 */
@ApplicationScoped
public class ChangeFeed {

    /** One committed change as the feed and the webhooks hand it out. */
    public record Entry(
            FeedCursor cursor,
            UUID id,
            String type,
            String resourceType,
            UUID resourceId,
            Long version,
            Instant occurredAt,
            String link) {

        public de.pakt.api.model.Change toApi() {
            return new de.pakt.api.model.Change()
                    .id(id)
                    .type(de.pakt.api.model.ChangeType.fromValue(type))
                    .resourceType(resourceType)
                    .resourceId(resourceId)
                    .version(version)
                    .occurredAt(occurredAt.atOffset(java.time.ZoneOffset.UTC))
                    .link(link);
        }
    }

    public record Slice(List<Entry> entries, FeedCursor next, boolean hasMore) {}

    private static final String READ = """
            select txid::text::bigint, position, id, type, resource_type, resource_id, resource_version, link,
                   occurred_at
            from outbox
            where (txid, position) > (cast(cast(?1 as text) as xid8), ?2)
              and txid < pg_snapshot_xmin(pg_current_snapshot())
              and type = any (?3)
              and (audience is null or audience = ?5 or ?6)
            order by txid, position
            limit ?4""";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    /** {@code subject} sees the changes meant for it alone; {@code everything} (the programme office) sees all. */
    public Slice after(FeedCursor after, Collection<String> types, int limit, String subject, boolean everything) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ)
                .setParameter(1, Long.toString(after.txid()))
                .setParameter(2, after.position())
                .setParameter(3, types.toArray(String[]::new))
                .setParameter(4, limit + 1)
                .setParameter(5, subject)
                .setParameter(6, everything)
                .getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            entries.add(entry(r));
        }
        FeedCursor next =
                entries.isEmpty() ? after : entries.get(entries.size() - 1).cursor();
        return new Slice(entries, next, rows.size() > limit);
    }

    /** The entry of one outbox row, by its position (for webhook deliveries; workers run outside requests). */
    @Transactional
    public Entry at(long position) {
        Object[] r =
                (Object[]) em.createNativeQuery("""
                        select txid::text::bigint, position, id, type, resource_type, resource_id, resource_version,
                               link, occurred_at
                        from outbox where position = ?1""").setParameter(1, position).getSingleResult();
        return entry(r);
    }

    /** The entries of these outbox rows by position, in one query (for a page of deliveries). */
    @Transactional
    public java.util.Map<Long, Entry> at(Collection<Long> positions) {
        java.util.Map<Long, Entry> entries = new java.util.HashMap<>();
        if (positions.isEmpty()) {
            return entries;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select txid::text::bigint, position, id, type, resource_type, resource_id, resource_version,
                               link, occurred_at
                        from outbox where position = any (?1)""")
                .setParameter(1, positions.toArray(Long[]::new))
                .getResultList();
        for (Object[] r : rows) {
            Entry e = entry(r);
            entries.put(e.cursor().position(), e);
        }
        return entries;
    }

    static Entry entry(Object[] r) {
        return new Entry(
                new FeedCursor(((Number) r[0]).longValue(), ((Number) r[1]).longValue()),
                (UUID) r[2],
                (String) r[3],
                (String) r[4],
                (UUID) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue(),
                instant(r[8]),
                (String) r[7]);
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value);
    }
}
