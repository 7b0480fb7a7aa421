package de.pakt.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A facilitator (Prozessbegleiter/-in) of the pool. Personal data: never in public endpoints. */
@Entity
@Table(name = "facilitator")
public class Facilitator extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** Contact address; a login whose verified e-mail address matches it is linked on first use ({@link #accountSubject}). */
    public String email;

    /** The subject ({@code sub}) of this person's login: what links a facilitator token to this pool entry. */
    @Column(name = "account_subject")
    public String accountSubject;

    public String phone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "facilitator_expertise", joinColumns = @JoinColumn(name = "facilitator_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    public List<String> expertise = new ArrayList<>();

    @Column(name = "home_region_key", nullable = false)
    public String homeRegionKey;

    /** Sites the facilitator can take at the same time. */
    @Column(nullable = false)
    public int capacity;

    @Column(name = "day_rate_cents")
    public Long dayRateCents;
}
