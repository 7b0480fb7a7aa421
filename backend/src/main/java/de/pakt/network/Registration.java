package de.pakt.network;

import java.time.Instant;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person on an event: registered, waitlisted, cancelled, and afterwards attended or no-show. Personal data. */
@Entity
@Table(name = "registration")
public class Registration extends VersionedEntity {

    public enum Status {
        REGISTERED,
        WAITLISTED,
        CANCELLED,
        ATTENDED,
        NO_SHOW
    }

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "person_name", nullable = false)
    public String personName;

    @Column(nullable = false)
    public String email;

    public String organisation;

    @Column(name = "site_id")
    public UUID siteId;

    /** Subject of the login that entered the registration. */
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** Subject of the person's own login, when they registered themselves: their personal feed shows the event. */
    @Column(name = "person_subject")
    public String personSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** When the current registration began; the waitlist moves up in this order. */
    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public boolean holdsPlace() {
        return status == Status.REGISTERED || status == Status.ATTENDED || status == Status.NO_SHOW;
    }
}
