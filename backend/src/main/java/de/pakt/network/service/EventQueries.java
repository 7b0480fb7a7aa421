package de.pakt.network.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.pakt.network.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/** Registration figures for many events at once, one statement each, for event lists and the public portal. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventQueries {

    /** Places taken (registered, attended or no-show: see {@link Registration#holdsPlace()}) and waitlisted. */
    public record Places(int taken, int waitlisted) {

        public static final Places NONE = new Places(0, 0);

        public int left(int capacity) {
            return Math.max(0, capacity - taken);
        }

        Places plus(Registration.Status status, long count) {
            return switch (status) {
                case WAITLISTED -> new Places(taken, waitlisted + (int) count);
                case CANCELLED -> this;
                case REGISTERED, ATTENDED, NO_SHOW -> new Places(taken + (int) count, waitlisted);
            };
        }
    }

    /** Registrations of one event in one status. */
    private record StatusCount(UUID eventId, Registration.Status status, long count) {}

    /** A person's registration status on one event. */
    private record MyStatus(UUID eventId, Registration.Status status) {}

    @Inject
    Session session;

    /** Places per event; events without registrations are missing (use {@link Places#NONE}). */
    public Map<UUID, Places> places(Collection<UUID> eventIds) {
        Map<UUID, Places> places = new HashMap<>();
        if (eventIds.isEmpty()) {
            return places;
        }
        session.createQuery(
                        "select r.eventId, r.status, count(r) from Registration r where r.eventId in :ids group by r.eventId, r.status",
                        StatusCount.class)
                .setParameter("ids", eventIds)
                .getResultList()
                .forEach(c -> places.put(
                        c.eventId(),
                        places.getOrDefault(c.eventId(), Places.NONE).plus(c.status(), c.count())));
        return places;
    }

    /** The status of the person's own registration (by the subject of their login) per event they registered for. */
    public Map<UUID, Registration.Status> statusOf(String subject, Collection<UUID> eventIds) {
        Map<UUID, Registration.Status> mine = new HashMap<>();
        if (eventIds.isEmpty()) {
            return mine;
        }
        session.createQuery(
                        "select r.eventId, r.status from Registration r where r.eventId in :ids and r.personSubject = :me",
                        MyStatus.class)
                .setParameter("ids", eventIds)
                .setParameter("me", subject)
                .getResultList()
                .forEach(r -> mine.put(r.eventId(), r.status()));
        return mine;
    }
}
