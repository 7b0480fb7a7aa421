package de.pakt.common.persistence;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every changeable record has: when it was created and last changed, and the optimistic-lock version that the
 * API exposes as its ETag. Both times are stamped here, not by the services.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock; exposed as the ETag. */
    @Version
    public long version;

    /**
     * Times set before persisting are kept (the demo data's history); Hibernate's {@code @CreationTimestamp} would
     * overwrite them.
     */
    @PrePersist
    protected void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    /**
     * Called only when the flush writes the row (a field or an owned collection changed, as for the version), so a
     * save without a change leaves updatedAt and the ETag alone.
     */
    @PreUpdate
    protected void stampUpdate() {
        updatedAt = Instant.now();
    }
}
