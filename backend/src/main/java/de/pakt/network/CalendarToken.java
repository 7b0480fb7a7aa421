package de.pakt.network;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

/** The secret of a person's calendar feed address (calendar programs cannot log in). */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(nullable = false, unique = true)
    public String token;

    /** Never set by hand: a token has no history to keep, unlike the records in {@code VersionedEntity}. */
    @CreationTimestamp
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
