package de.pakt.integration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Publishes a domain change: one outbox row, and one pending delivery per active webhook subscription to its type
 * whose owner may see it (by the owner's scopes and the change's audience), written in the caller's transaction
 * (MANDATORY), so that there is no change without its row and no row without its
 * change. The change feed and the webhook worker read only what committed.
 */
@ApplicationScoped
public class Outbox {

    private static final String PUBLISH = """
            with change as (
                insert into outbox
                    (id, type, resource_type, resource_id, resource_version, link, occurred_at, once_key, audience)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10)
                on conflict do nothing
                returning position, resource_id, type, audience)
            insert into webhook_delivery
                (id, subscription_id, outbox_position, resource_id, status, next_attempt_at, created_at)
            select gen_random_uuid(), s.id, c.position, c.resource_id, 'PENDING', ?7, ?7
            from change c
            join webhook_subscription s on s.status = 'ACTIVE' and c.type = any (s.event_types)
            where 'program-office' = any (s.owner_scopes)
               or (?9 = any (s.owner_scopes) and (c.audience is null or c.audience = s.owner_subject))""";

    @Inject
    EntityManager em;

    /** A change of {@code resource} (flushed first, so that the row carries the version its ETag will show). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ChangeType type, UUID resourceId, VersionedEntity resource) {
        publish(type, resourceId, resource, resourceId);
    }

    /** As above, for resources read through another one's address (a measure through its site's roadmap). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ChangeType type, UUID resourceId, VersionedEntity resource, UUID linkId) {
        Long version = null;
        if (resource != null) {
            em.flush();
            version = resource.version;
        }
        insert(type, resourceId, version, linkId, null, null);
    }

    /**
     * A change only one caller may follow (besides the programme office): {@code audience} is its token subject, e.g.
     * whoever entered a registration. Other clients with the same scope neither see it in the feed nor receive it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishFor(String audience, ChangeType type, UUID resourceId, VersionedEntity resource, UUID linkId) {
        em.flush();
        insert(type, resourceId, resource == null ? null : resource.version, linkId, null, audience);
    }

    /**
     * A change a scheduled job found (e.g. a milestone falling due): written only once per {@code onceKey}, however
     * many replicas run the job. Answers whether this call wrote it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean publishOnce(ChangeType type, UUID resourceId, Long version, UUID linkId, String onceKey) {
        return insert(type, resourceId, version, linkId, onceKey, null);
    }

    private boolean insert(
            ChangeType type, UUID resourceId, Long version, UUID linkId, String onceKey, String audience) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery(PUBLISH)
                .setParameter(1, id)
                .setParameter(2, type.wireName())
                .setParameter(3, type.resourceType())
                .setParameter(4, resourceId)
                .setParameter(5, version)
                .setParameter(6, type.link(linkId))
                .setParameter(7, Timestamp.from(Instant.now()))
                .setParameter(8, onceKey)
                // Subscriptions receive what their owner's scopes see: the programme office everything.
                .setParameter(9, type.scope())
                .setParameter(10, audience)
                .executeUpdate();
        if (onceKey == null) {
            return true;
        }
        Number written = (Number) em.createNativeQuery("select count(*) from outbox where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return written.intValue() == 1;
    }
}
