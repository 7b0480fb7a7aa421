package de.pakt.integration.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.common.persistence.ScalarQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/** The SQL of webhook deliveries: the log a subscriber reads, and the claims and results of the workers. */
@ApplicationScoped
public class WebhookDeliveries {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    public record Attempt(int attempt, Instant attemptedAt, int durationMs, Integer statusCode, String error) {}

    public record Delivery(
            UUID id,
            UUID subscriptionId,
            long outboxPosition,
            Status status,
            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            String lastError,
            List<Attempt> attemptLog) {}

    /** A delivery a worker holds: send it, then report with {@link #succeeded} or {@link #failed}. */
    public record Claim(UUID id, UUID subscriptionId, long outboxPosition, int attempt, UUID leaseToken) {}

    /**
     * Due deliveries of active subscriptions, oldest change first, at most one per subscription and resource (a later
     * change of a resource waits until the earlier one is delivered or given up: receivers see a resource's changes
     * in order). SKIP LOCKED lets several workers claim side by side without waiting for or taking each other's rows;
     * the lease lets another worker retry a delivery whose worker died. Returns the claims as {@link Claim}s.
     */
    private static final String CLAIM = """
            update webhook_delivery d
            set lease_until = now() + ?2 * interval '1 millisecond', lease_token = ?3, attempts = d.attempts + 1
            where d.id in (
                select p.id from webhook_delivery p
                join webhook_subscription s on s.id = p.subscription_id and s.status = 'ACTIVE'
                where p.status = 'PENDING' and p.next_attempt_at <= now()
                  and (p.lease_until is null or p.lease_until < now())
                  and not exists (
                      select 1 from webhook_delivery e
                      where e.subscription_id = p.subscription_id and e.resource_id = p.resource_id
                        and e.status = 'PENDING' and e.outbox_position < p.outbox_position)
                order by p.outbox_position
                limit ?1
                for update of p skip locked)
            returning d.id, d.subscription_id, d.outbox_position, d.attempts, d.lease_token""";

    /** A delivery as {@link #SELECT_DELIVERIES} selects it; the status as stored. */
    private record DeliveryRow(
            UUID id,
            UUID subscriptionId,
            long outboxPosition,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            String lastError) {

        Delivery toDelivery(List<Attempt> attemptLog) {
            return new Delivery(
                    id,
                    subscriptionId,
                    outboxPosition,
                    Status.valueOf(status),
                    attempts,
                    nextAttemptAt,
                    deliveredAt,
                    lastError,
                    attemptLog);
        }
    }

    /** A logged attempt and the delivery it belongs to. */
    private record LoggedAttempt(
            UUID deliveryId, int attempt, Instant attemptedAt, int durationMs, Integer statusCode, String error) {

        Attempt toAttempt() {
            return new Attempt(attempt, attemptedAt, durationMs, statusCode, error);
        }
    }

    private static final String SELECT_DELIVERIES = """
            select id, subscription_id, outbox_position, status, attempts, next_attempt_at, delivered_at, last_error
            from webhook_delivery
            """;

    @Inject
    Session session;

    /** What operators watch (WebhookMetrics): due or waiting deliveries, given-up ones, the oldest due one's age. */
    public record Backlog(long pending, long failed, double oldestDueSeconds) {}

    /** Pending and failed rows through their partial indexes; delivered ones (nearly all of them) are not read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlog() {
        // A scrape must never hang on a busy database: the gauges read NaN instead.
        session.createNativeQuery("set local statement_timeout = '2s'").executeUpdate();
        return session.createNativeQuery("""
                        select
                          (select count(*) from webhook_delivery d
                           join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                           where d.status = 'PENDING'),
                          (select count(*) from webhook_delivery where status = 'FAILED'),
                          coalesce((select extract(epoch from now() - min(d.next_attempt_at))::float8
                                    from webhook_delivery d
                                    join webhook_subscription s on s.id = d.subscription_id and s.status = 'ACTIVE'
                                    where d.status = 'PENDING' and d.next_attempt_at <= now()), 0)
                        """, Backlog.class).getSingleResult();
    }

    /** Where and with which key to send. */
    public record Target(String url, String secret) {}

    /** Empty if the subscription was deleted since the claim (its deliveries went with it). */
    @Transactional
    public java.util.Optional<Target> target(UUID subscriptionId) {
        return session
                .createNativeQuery("select url, secret from webhook_subscription where id = ?1", Target.class)
                .setParameter(1, subscriptionId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(int batch, Duration lease) {
        UUID token = UUID.randomUUID();
        return session.createNativeQuery(CLAIM, Claim.class)
                .setParameter(1, batch)
                .setParameter(2, lease.toMillis())
                .setParameter(3, token)
                .getResultList();
    }

    /** Records a 2xx; false if the lease was lost meanwhile (another worker took over). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean succeeded(Claim claim, Attempt attempt, String worker) {
        int updated = session.createNativeQuery("""
                        update webhook_delivery
                        set status = 'DELIVERED', delivered_at = now(), lease_until = null, lease_token = null,
                            last_error = null
                        where id = ?1 and lease_token = ?2""")
                .setParameter(1, claim.id())
                .setParameter(2, claim.leaseToken())
                .executeUpdate();
        if (updated == 1) {
            log(claim, attempt, worker);
        }
        return updated == 1;
    }

    /**
     * Records a failed attempt: retried after {@code retryAfter}, or given up (FAILED) when it is null, and then the
     * subscription is paused with {@code pauseReason} (if not null).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claim claim, Attempt attempt, String worker, Duration retryAfter, String pauseReason) {
        int updated = retryAfter != null
                ? session.createNativeQuery("""
                                update webhook_delivery
                                set next_attempt_at = now() + ?3 * interval '1 millisecond', lease_until = null,
                                    lease_token = null, last_error = ?4
                                where id = ?1 and lease_token = ?2""")
                        .setParameter(1, claim.id())
                        .setParameter(2, claim.leaseToken())
                        .setParameter(3, retryAfter.toMillis())
                        .setParameter(4, attempt.error())
                        .executeUpdate()
                : session.createNativeQuery("""
                                update webhook_delivery
                                set status = 'FAILED', lease_until = null, lease_token = null, last_error = ?3
                                where id = ?1 and lease_token = ?2""")
                        .setParameter(1, claim.id())
                        .setParameter(2, claim.leaseToken())
                        .setParameter(3, attempt.error())
                        .executeUpdate();
        if (updated == 1) {
            log(claim, attempt, worker);
        }
        if (updated == 1 && retryAfter == null && pauseReason != null) {
            session.createNativeQuery("""
                            update webhook_subscription
                            set status = 'PAUSED', paused_reason = ?2, updated_at = now(), version = version + 1
                            where id = ?1 and status = 'ACTIVE'""")
                    .setParameter(1, claim.subscriptionId())
                    .setParameter(2, pauseReason)
                    .executeUpdate();
        }
    }

    private void log(Claim claim, Attempt attempt, String worker) {
        session.createNativeQuery("""
                        insert into webhook_attempt
                            (delivery_id, attempt, attempted_at, duration_ms, status_code, error, worker)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, claim.id())
                .setParameter(2, attempt.attempt())
                .setParameter(3, Timestamp.from(attempt.attemptedAt()))
                .setParameter(4, attempt.durationMs())
                .setParameter(5, attempt.statusCode())
                .setParameter(6, attempt.error())
                .setParameter(7, worker)
                .executeUpdate();
    }

    /** Queues a delivery again now, with a fresh attempt count; false if there is no such delivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean requeue(UUID deliveryId) {
        return session.createNativeQuery("""
                                update webhook_delivery
                                set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null,
                                    lease_token = null, delivered_at = null
                                where id = ?1""").setParameter(1, deliveryId).executeUpdate() == 1;
    }

    public record DeliveryPage(List<Delivery> deliveries, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage list(UUID subscriptionId, Status status, int page, int size) {
        String filter = status == null ? "" : " and status = '" + status.name() + "'";
        long total = ScalarQuery.of(
                        session,
                        "select count(*) as total from webhook_delivery where subscription_id = ?1" + filter,
                        "total",
                        Long.class)
                .setParameter(1, subscriptionId)
                .getSingleResult();
        List<DeliveryRow> rows = session.createNativeQuery(
                        SELECT_DELIVERIES + "where subscription_id = ?1" + filter
                                + " order by outbox_position desc offset ?2 limit ?3",
                        DeliveryRow.class)
                .setParameter(1, subscriptionId)
                .setParameter(2, (long) page * size)
                .setParameter(3, size)
                .getResultList();
        return new DeliveryPage(withAttempts(rows), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Delivery> find(UUID deliveryId) {
        List<DeliveryRow> rows = session.createNativeQuery(SELECT_DELIVERIES + "where id = ?1", DeliveryRow.class)
                .setParameter(1, deliveryId)
                .getResultList();
        return withAttempts(rows).stream().findFirst();
    }

    private List<Delivery> withAttempts(List<DeliveryRow> rows) {
        Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
        for (DeliveryRow r : rows) {
            attempts.put(r.id(), new ArrayList<>());
        }
        if (!attempts.isEmpty()) {
            session.createNativeQuery("""
                            select delivery_id, attempt, attempted_at, duration_ms, status_code, error
                            from webhook_attempt where delivery_id = any (?1) order by id""", LoggedAttempt.class)
                    .setParameter(1, attempts.keySet().toArray(UUID[]::new))
                    .getResultList()
                    .forEach(a -> attempts.get(a.deliveryId()).add(a.toAttempt()));
        }
        return rows.stream().map(r -> r.toDelivery(attempts.get(r.id()))).toList();
    }
}
