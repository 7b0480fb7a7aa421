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

/** An event of the learning network (Lernnetzwerk): kickoff, network meeting, regional conference, workshop, … */
@Entity
@Table(name = "network_event")
public class NetworkEvent extends VersionedEntity {

    public enum Kind {
        KICKOFF,
        NETWORK_MEETING,
        REGIONAL_CONFERENCE,
        WORKSHOP,
        EXPERT_WORKSHOP,
        FINAL_PRESENTATION
    }

    public enum Status {
        PLANNED,
        OPEN,
        CLOSED,
        HELD,
        CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "site_id")
    public UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    public String motto;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String venue;

    @Column(name = "host_key")
    public String hostKey;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_deadline", nullable = false)
    public Instant registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    public String agenda;

    @Column(name = "is_public", nullable = false)
    public boolean isPublic;

    public String outcomes;

    public String minutes;

    @Column(name = "lessons_learned")
    public String lessonsLearned;

    /** iCalendar SEQUENCE, raised on every change that calendars should pick up. */
    @Column(nullable = false)
    public int sequence;
}
