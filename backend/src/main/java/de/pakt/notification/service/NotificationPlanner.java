package de.pakt.notification.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.config.PaktConfig;
import de.pakt.integration.ChangeType;
import de.pakt.integration.service.ChangeFeed;
import de.pakt.integration.service.FeedCursor;
import de.pakt.notification.NotificationKind;
import de.pakt.notification.service.NotificationQueries.Planned;
import de.pakt.notification.service.NotificationQueries.RegistrationFacts;
import de.pakt.notification.service.NotificationQueries.SiteFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Turns domain changes into e-mails to plan: one more consumer of the outbox, next to the change feed and the webhooks.
 * It reads the outbox in the feed's order from its own cursor, which it holds locked while it plans a batch, so that
 * one replica plans at a time and the cursor moves in the same transaction as the planned rows: a batch is planned
 * once. Who is told is decided from the state when the planner reads the change (payloads are thin); each e-mail's
 * dedupe key names the occasion and the recipient, so that the same occasion never mails anybody twice.
 */
@ApplicationScoped
public class NotificationPlanner {

    static final int BATCH = 200;

    private static final List<String> TYPES = List.of(
            ChangeType.APPLICATION_SUBMITTED.wireName(),
            ChangeType.APPLICATION_DECIDED.wireName(),
            ChangeType.SITE_CREATED.wireName(),
            ChangeType.SITE_CHANGED.wireName(),
            ChangeType.REGISTRATION_CHANGED.wireName(),
            ChangeType.EVENT_CHANGED.wireName(),
            ChangeType.EVENT_CANCELLED.wireName());

    @Inject
    NotificationQueries queries;

    @Inject
    ChangeFeed feed;

    @Inject
    PaktConfig config;

    /** Plans batches until the outbox is read to its end; answers how many changes were read. */
    public int runUntilIdle() {
        int total = 0;
        int read;
        do {
            read = runOnce();
            total += read;
        } while (read == BATCH);
        return total;
    }

    /** Reads one batch of changes and plans their e-mails; 0 if another replica is planning just now. */
    @Transactional
    public int runOnce() {
        // Idle, the planner writes nothing: it locks its cursor (a write) only when there is something to plan. It
        // runs every two seconds on every replica, and any commit of a write drops the ranking's cache (ADR 0021).
        Optional<FeedCursor> seen = queries.cursor();
        if (seen.isEmpty()
                || feed.after(seen.get(), TYPES, 1, null, true).entries().isEmpty()) {
            return 0;
        }
        Optional<FeedCursor> cursor = queries.lockCursor();
        if (cursor.isEmpty()) {
            return 0;
        }
        ChangeFeed.Slice slice = feed.after(cursor.get(), TYPES, BATCH, null, true);
        for (ChangeFeed.Entry change : slice.entries()) {
            for (Planned p : recipients(change)) {
                queries.plan(p);
            }
        }
        queries.moveCursor(slice.next());
        return slice.entries().size();
    }

    private List<Planned> recipients(ChangeFeed.Entry change) {
        ChangeType type = ChangeType.fromWireName(change.type()).orElseThrow();
        Long position = change.cursor().position();
        UUID id = change.resourceId();
        List<Planned> planned = new ArrayList<>();
        switch (type) {
            case APPLICATION_SUBMITTED ->
                queries.application(id).ifPresent(a -> {
                    String when = a.submittedAt() == null
                            ? ""
                            : Long.toString(a.submittedAt().toEpochMilli());
                    if (a.contactEmail() != null) {
                        planned.add(new Planned(
                                NotificationKind.APPLICATION_SUBMITTED,
                                a.contactEmail(),
                                id,
                                null,
                                position,
                                key("application-submitted", id, when, a.contactEmail())));
                    }
                    config.notifications()
                            .officeAddress()
                            .filter(office -> !office.isBlank())
                            .ifPresent(office -> planned.add(new Planned(
                                    NotificationKind.APPLICATION_RECEIVED,
                                    office,
                                    id,
                                    null,
                                    position,
                                    key("application-received", id, when, office))));
                });
            case APPLICATION_DECIDED ->
                queries.application(id).ifPresent(a -> {
                    NotificationKind kind = switch (a.status()) {
                        case "SELECTED" -> NotificationKind.APPLICATION_SELECTED;
                        case "WAITLISTED" -> NotificationKind.APPLICATION_WAITLISTED;
                        case "REJECTED" -> NotificationKind.APPLICATION_REJECTED;
                        default -> null;
                    };
                    if (kind != null && a.contactEmail() != null) {
                        planned.add(new Planned(
                                kind,
                                a.contactEmail(),
                                id,
                                null,
                                position,
                                key("application-decided", id, a.status(), a.contactEmail())));
                    }
                });
            case SITE_CREATED, SITE_CHANGED ->
                queries.site(id).ifPresent(site -> {
                    if (type == ChangeType.SITE_CREATED && site.contactEmail() != null) {
                        planned.add(new Planned(
                                NotificationKind.SITE_CREATED,
                                site.contactEmail(),
                                id,
                                null,
                                position,
                                key("site-created", id, site.contactEmail())));
                    }
                    facilitation(site, position, planned);
                });
            case REGISTRATION_CHANGED -> queries.registration(id).ifPresent(r -> registration(r, position, planned));
            case EVENT_CANCELLED -> {
                for (RegistrationFacts r : queries.participants(id, change.occurredAt())) {
                    planned.add(new Planned(
                            NotificationKind.EVENT_CANCELLED,
                            r.email(),
                            r.id(),
                            null,
                            position,
                            key("event-cancelled", id, r.id())));
                }
            }
            case EVENT_CHANGED ->
                queries.event(id).ifPresent(e -> {
                    // Only changes a calendar picks up (SEQUENCE raised) of events still ahead; documenting a held
                    // event is not news for its participants.
                    boolean ahead = List.of("PLANNED", "OPEN", "CLOSED").contains(e.status())
                            && e.startsAt().isAfter(Instant.now());
                    if (ahead && e.sequence() > 0) {
                        for (RegistrationFacts r : queries.participants(id, change.occurredAt())) {
                            planned.add(new Planned(
                                    NotificationKind.EVENT_CHANGED,
                                    r.email(),
                                    r.id(),
                                    Integer.toString(e.sequence()),
                                    position,
                                    key("event-changed", id, e.sequence(), r.id())));
                        }
                    }
                });
            default -> {}
        }
        return planned;
    }

    /**
     * The facilitators learn which site they now facilitate; the contact learns that its site has a (new) lead
     * facilitator, without the person's name. Keyed by site and facilitator: an assignment is told once.
     */
    private void facilitation(SiteFacts site, Long position, List<Planned> planned) {
        UUID[] ids = {site.leadId(), site.coId()};
        String[] emails = {site.leadEmail(), site.coEmail()};
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null && emails[i] != null) {
                planned.add(new Planned(
                        NotificationKind.SITE_ASSIGNED,
                        emails[i],
                        site.id(),
                        null,
                        position,
                        key("site-assigned", site.id(), ids[i])));
            }
        }
        if (site.leadId() != null && site.contactEmail() != null) {
            planned.add(new Planned(
                    NotificationKind.FACILITATOR_ASSIGNED,
                    site.contactEmail(),
                    site.id(),
                    null,
                    position,
                    key("facilitator-assigned", site.id(), site.leadId(), site.contactEmail())));
        }
    }

    /**
     * A registration's current state decides the e-mail. A place after a waitlist e-mail is a move-up; registering
     * again after cancelling starts a new registration (a new {@code registeredAt}) and is told again.
     */
    private void registration(RegistrationFacts r, Long position, List<Planned> planned) {
        String since = Long.toString(r.registeredAt().toEpochMilli());
        switch (r.status()) {
            case "REGISTERED" ->
                planned.add(new Planned(
                        queries.toldWaitlisted(r.id(), since)
                                ? NotificationKind.REGISTRATION_MOVED_UP
                                : NotificationKind.REGISTRATION_CONFIRMED,
                        r.email(),
                        r.id(),
                        since,
                        position,
                        key("registration-place", r.id(), since)));
            case "WAITLISTED" ->
                planned.add(new Planned(
                        NotificationKind.REGISTRATION_WAITLISTED,
                        r.email(),
                        r.id(),
                        since,
                        position,
                        key("registration-waitlisted", r.id(), since)));
            case "CANCELLED" ->
                queries.event(r.eventId())
                        .filter(e -> !"CANCELLED".equals(e.status()))
                        .ifPresent(e -> planned.add(new Planned(
                                NotificationKind.REGISTRATION_CANCELLED,
                                r.email(),
                                r.id(),
                                since,
                                position,
                                key("registration-cancelled", r.id(), since))));
            default -> {}
        }
    }

    /**
     * The dedupe key of an occasion. An address in it is hashed: the key outlives an erasure of the person (so that a
     * kept record's reminders are not planned again) without keeping the address.
     */
    static String key(String occasion, Object... parts) {
        StringBuilder key = new StringBuilder(occasion);
        for (Object part : parts) {
            String text = part.toString().toLowerCase(Locale.ROOT);
            key.append(':').append(text.contains("@") ? hashed(text) : text);
        }
        return key.toString();
    }

    private static String hashed(String address) {
        return "sha256-" + DigestUtils.sha256Hex(address).substring(0, 32); // the first 16 bytes
    }
}
