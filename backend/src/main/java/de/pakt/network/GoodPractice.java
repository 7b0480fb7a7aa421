package de.pakt.network;

import java.time.Instant;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A good practice (Praxisbeispiel): what worked somewhere, with a contact role and never a person's name. */
@Entity
@Table(name = "good_practice")
public class GoodPractice extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "area_key", nullable = false)
    public String areaKey;

    @Column(name = "site_id")
    public UUID siteId;

    @Column(name = "measure_id")
    public UUID measureId;

    @Column(nullable = false)
    public String title;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(nullable = false)
    public String description;

    @Column(name = "contact_role", nullable = false)
    public String contactRole;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_at")
    public Instant publishedAt;
}
