package de.pakt.integration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

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

    /** An outbox row as {@link #SELECT_ROWS} selects it. */
    private record Row(
            long txid,
            long position,
            UUID id,
            String type,
            String resourceType,
            UUID resourceId,
            Long resourceVersion,
            String link,
            Instant occurredAt) {

        Entry entry() {
            return new Entry(
                    new FeedCursor(txid, position),
                    id,
                    type,
                    resourceType,
                    resourceId,
                    resourceVersion,
                    occurredAt,
                    link);
        }
    }

    private static final String SELECT_ROWS = """
            select txid::text::bigint, position, id, type, resource_type, resource_id, resource_version, link,
                   occurred_at
            from outbox
            """;

    private static final String READ = SELECT_ROWS + """
            where (txid, position) > (cast(cast(?1 as text) as xid8), ?2)
              and txid < pg_snapshot_xmin(pg_current_snapshot())
              and type = any (?3)
              and (audience is null or audience = ?5 or ?6)
            order by txid, position
            limit ?4""";

    @Inject
    Session session;

    @Transactional(Transactional.TxType.SUPPORTS)
    /** {@code subject} sees the changes meant for it alone; {@code everything} (the programme office) sees all. */
    public Slice after(FeedCursor after, Collection<String> types, int limit, String subject, boolean everything) {
        List<Row> rows = session.createNativeQuery(READ, Row.class)
                .setParameter(1, Long.toString(after.txid()))
                .setParameter(2, after.position())
                .setParameter(3, types.toArray(String[]::new))
                .setParameter(4, limit + 1)
                .setParameter(5, subject)
                .setParameter(6, everything)
                .getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            entries.add(r.entry());
        }
        FeedCursor next =
                entries.isEmpty() ? after : entries.get(entries.size() - 1).cursor();
        return new Slice(entries, next, rows.size() > limit);
    }

    /** The entry of one outbox row, by its position (for webhook deliveries; workers run outside requests). */
    @Transactional
    public Entry at(long position) {
        return session.createNativeQuery(SELECT_ROWS + "where position = ?1", Row.class)
                .setParameter(1, position)
                .getSingleResult()
                .entry();
    }

    /** The entries of these outbox rows by position, in one query (for a page of deliveries). */
    @Transactional
    public java.util.Map<Long, Entry> at(Collection<Long> positions) {
        java.util.Map<Long, Entry> entries = new java.util.HashMap<>();
        if (positions.isEmpty()) {
            return entries;
        }
        List<Row> rows = session.createNativeQuery(SELECT_ROWS + "where position = any (?1)", Row.class)
                .setParameter(1, positions.toArray(Long[]::new))
                .getResultList();
        for (Row r : rows) {
            entries.put(r.position(), r.entry());
        }
        return entries;
    }
}
