package de.pakt.common.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records who changed what. Services call it inside their own transaction, so a write and its audit record
 * commit or roll back together. Field names only, never values.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    CurrentUser currentUser;

    /** Records a change made by the caller of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, Action action, Collection<String> changedFields) {
        recordAs(
                currentUser.subject(),
                String.join(",", currentUser.roles()),
                entityType,
                entityId,
                action,
                changedFields);
    }

    /** Records a change made by the system itself (demo data, scheduled jobs), named by {@code actor}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(
            String actor,
            String roles,
            String entityType,
            Object entityId,
            Action action,
            Collection<String> changedFields) {
        AuditEventEntity event = new AuditEventEntity();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.actorRoles = roles;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.action = action;
        event.changedFields = String.join(",", changedFields);
        event.persist();
    }
}
