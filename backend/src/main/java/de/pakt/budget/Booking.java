package de.pakt.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a site's budget ledger. Written once; corrected only by a reversal (counter-booking). */
@Entity
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    public enum Kind {
        FACILITATION_DAYS,
        EVENT,
        TRAVEL,
        MATERIAL,
        REVERSAL
    }

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false)
    public String description;

    @Column(updatable = false)
    public BigDecimal days;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(name = "booking_date", nullable = false, updatable = false)
    public LocalDate bookingDate;

    @Column(name = "reverses_booking_id", updatable = false)
    public UUID reversesBookingId;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Column(name = "booked_by", nullable = false, updatable = false)
    public String bookedBy;
}
