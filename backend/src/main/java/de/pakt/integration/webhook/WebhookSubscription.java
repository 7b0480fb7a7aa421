package de.pakt.integration.webhook;

import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where Pakt POSTs the changes of the given types, signed with the subscription's secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {

    public enum Status {
        ACTIVE,
        PAUSED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** The HMAC key ("whsec_" + base64). Stored as is: signing needs it; it is shown to the owner only once. */
    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "paused_reason")
    public String pausedReason;

    /** Token subject of whoever created it: an integration client sees and manages only its own. */
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    /** The scopes of the creator's token ("program-office" for the programme office). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "owner_scopes", nullable = false)
    public List<String> ownerScopes;
}
