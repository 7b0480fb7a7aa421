package de.pakt.common.audit;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One write in the audit trail (active record: the trail is append-only and has no logic of its own). */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        ACTION
    }

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** Comma-separated, sorted. */
    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    /** Comma-separated field names (never values: they may hold personal data). */
    @Column(name = "changed_fields", nullable = false)
    public String changedFields;
}
