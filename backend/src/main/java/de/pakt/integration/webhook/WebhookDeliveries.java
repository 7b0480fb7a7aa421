package de.pakt.integration.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
     * the lease lets another worker retry a delivery whose worker died.
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
            returning d.id, d.subscription_id, d.outbox_position, d.attempts""";

    @Inject
    EntityManager em;

    /** Where and with which key to send. */
    public record Target(String url, String secret) {}

    /** Empty if the subscription was deleted since the claim (its deliveries went with it). */
    @Transactional
    public java.util.Optional<Target> target(UUID subscriptionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select url, secret from webhook_subscription where id = ?1")
                .setParameter(1, subscriptionId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Target((String) r[0], (String) r[1]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(int batch, Duration lease) {
        UUID token = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM)
                .setParameter(1, batch)
                .setParameter(2, lease.toMillis())
                .setParameter(3, token)
                .getResultList();
        return rows.stream()
                .map(r -> new Claim(
                        (UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), token))
                .toList();
    }

    /** Records a 2xx; false if the lease was lost meanwhile (another worker took over). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean succeeded(Claim claim, Attempt attempt, String worker) {
        int updated = em.createNativeQuery("""
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
                ? em.createNativeQuery("""
                                update webhook_delivery
                                set next_attempt_at = now() + ?3 * interval '1 millisecond', lease_until = null,
                                    lease_token = null, last_error = ?4
                                where id = ?1 and lease_token = ?2""")
                        .setParameter(1, claim.id())
                        .setParameter(2, claim.leaseToken())
                        .setParameter(3, retryAfter.toMillis())
                        .setParameter(4, attempt.error())
                        .executeUpdate()
                : em.createNativeQuery("""
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
            em.createNativeQuery("""
                            update webhook_subscription
                            set status = 'PAUSED', paused_reason = ?2, updated_at = now(), version = version + 1
                            where id = ?1 and status = 'ACTIVE'""")
                    .setParameter(1, claim.subscriptionId())
                    .setParameter(2, pauseReason)
                    .executeUpdate();
        }
    }

    private void log(Claim claim, Attempt attempt, String worker) {
        em.createNativeQuery("""
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
        return em.createNativeQuery("""
                                update webhook_delivery
                                set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null,
                                    lease_token = null, delivered_at = null
                                where id = ?1""").setParameter(1, deliveryId).executeUpdate() == 1;
    }

    public record DeliveryPage(List<Delivery> deliveries, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage list(UUID subscriptionId, Status status, int page, int size) {
        String filter = status == null ? "" : " and status = '" + status.name() + "'";
        long total = ((Number) em.createNativeQuery(
                                "select count(*) from webhook_delivery where subscription_id = ?1" + filter)
                        .setParameter(1, subscriptionId)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, subscription_id, outbox_position, status, attempts, next_attempt_at, delivered_at,
                               last_error
                        from webhook_delivery where subscription_id = ?1""" + filter + " order by outbox_position desc offset ?2 limit ?3")
                .setParameter(1, subscriptionId)
                .setParameter(2, (long) page * size)
                .setParameter(3, size)
                .getResultList();
        return new DeliveryPage(withAttempts(rows), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Delivery> find(UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select id, subscription_id, outbox_position, status, attempts, next_attempt_at, delivered_at,
                               last_error
                        from webhook_delivery where id = ?1""").setParameter(1, deliveryId).getResultList();
        return withAttempts(rows).stream().findFirst();
    }

    private List<Delivery> withAttempts(List<Object[]> rows) {
        Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            attempts.put((UUID) r[0], new ArrayList<>());
        }
        if (!attempts.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> logged = em.createNativeQuery("""
                            select delivery_id, attempt, attempted_at, duration_ms, status_code, error
                            from webhook_attempt where delivery_id = any (?1) order by id""")
                    .setParameter(1, attempts.keySet().toArray(UUID[]::new))
                    .getResultList();
            for (Object[] a : logged) {
                attempts.get((UUID) a[0])
                        .add(new Attempt(
                                ((Number) a[1]).intValue(),
                                de.pakt.integration.service.ChangeFeed.instant(a[2]),
                                ((Number) a[3]).intValue(),
                                a[4] == null ? null : ((Number) a[4]).intValue(),
                                (String) a[5]));
            }
        }
        return rows.stream()
                .map(r -> new Delivery(
                        (UUID) r[0],
                        (UUID) r[1],
                        ((Number) r[2]).longValue(),
                        Status.valueOf((String) r[3]),
                        ((Number) r[4]).intValue(),
                        r[5] == null ? null : de.pakt.integration.service.ChangeFeed.instant(r[5]),
                        r[6] == null ? null : de.pakt.integration.service.ChangeFeed.instant(r[6]),
                        (String) r[7],
                        attempts.get((UUID) r[0])))
                .toList();
    }
}
