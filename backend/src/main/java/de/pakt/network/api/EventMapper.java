package de.pakt.network.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.pakt.api.model.Event;
import de.pakt.api.model.EventDocumentation;
import de.pakt.api.model.EventInput;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.RegistrationInput;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.network.NetworkEvent;
import de.pakt.network.Registration;
import de.pakt.network.service.EventQueries;
import de.pakt.network.service.EventService.EventData;
import de.pakt.network.service.RegistrationService.PersonData;
import de.pakt.registry.AreaRefs;
import de.pakt.site.Site;

/** Maps between the generated API models and network events with their registrations. */
final class EventMapper {

    private EventMapper() {}

    /**
     * What a list of events shows beyond their rows, loaded for the whole list by the caller.
     *
     * @param places places taken and waitlisted per event (events without registrations are missing)
     * @param myStatus the caller's own registration status per event
     * @param organises whether the caller may organise an event
     * @param forOtherSystem an integration client: no meeting links and no minutes
     */
    record Context(
            Map<UUID, EventQueries.Places> places,
            Map<UUID, Registration.Status> myStatus,
            Predicate<NetworkEvent> organises,
            boolean forOtherSystem) {}

    /** In the order given; the hosts' names come from one registry query. */
    static List<Event> toApi(List<NetworkEvent> events, Context context) {
        AreaRefs hosts = AreaRefs.of(
                events.stream().map(e -> e.hostKey).filter(Objects::nonNull).toList());
        return events.stream()
                .map(e -> {
                    EventQueries.Places p = context.places().getOrDefault(e.id, EventQueries.Places.NONE);
                    Event api = new Event()
                            .id(e.id)
                            .programId(e.programId)
                            .roundId(e.roundId)
                            .siteId(e.siteId)
                            .kind(Enums.convert(e.kind, EventKind.class))
                            .title(e.title)
                            .motto(e.motto)
                            .topicId(e.topicId)
                            .startsAt(ApiTime.utc(e.startsAt))
                            .endsAt(ApiTime.utc(e.endsAt))
                            .venue(e.venue)
                            .host(e.hostKey == null ? null : hosts.ref(e.hostKey))
                            // The meeting link is for participants, not for other systems.
                            .onlineUrl(e.onlineUrl == null || context.forOtherSystem() ? null : URI.create(e.onlineUrl))
                            .capacity(e.capacity)
                            .registrationDeadline(ApiTime.utc(e.registrationDeadline))
                            .status(Enums.convert(e.status, EventStatus.class))
                            .cancelReason(e.cancelReason)
                            .agenda(e.agenda)
                            ._public(e.isPublic)
                            .registeredCount(p.taken())
                            .waitlistedCount(p.waitlisted())
                            .placesLeft(p.left(e.capacity))
                            .canOrganise(context.organises().test(e))
                            .myRegistrationStatus(
                                    Enums.convert(context.myStatus().get(e.id), RegistrationStatus.class))
                            .version(e.version)
                            .updatedAt(ApiTime.utc(e.updatedAt));
                    if (e.outcomes != null || e.minutes != null || e.lessonsLearned != null) {
                        api.setDocumentation(new EventDocumentation()
                                .outcomes(e.outcomes)
                                // Minutes name who said what: not for other systems.
                                .minutes(context.forOtherSystem() ? null : e.minutes)
                                .lessonsLearned(e.lessonsLearned));
                    }
                    return api;
                })
                .toList();
    }

    static EventData toData(EventInput in) {
        return new EventData(
                in.getProgramId(),
                in.getRoundId(),
                in.getSiteId(),
                Enums.convert(in.getKind(), NetworkEvent.Kind.class),
                in.getTitle(),
                in.getMotto(),
                in.getTopicId(),
                in.getStartsAt().toInstant(),
                in.getEndsAt().toInstant(),
                in.getVenue(),
                in.getHostKey(),
                in.getOnlineUrl() == null ? null : in.getOnlineUrl().toString(),
                in.getCapacity(),
                in.getRegistrationDeadline().toInstant(),
                in.getAgenda(),
                !Boolean.FALSE.equals(in.getPublic()));
    }

    static PersonData toData(RegistrationInput in) {
        return new PersonData(
                in.getName(), in.getEmail(), in.getOrganisation(), in.getSiteId(), Boolean.TRUE.equals(in.getSelf()));
    }

    static de.pakt.api.model.Registration toApi(Registration registration) {
        return toApi(List.of(registration)).get(0);
    }

    /** In the order given; waitlisted ones get their position on the event's waitlist. */
    static List<de.pakt.api.model.Registration> toApi(List<Registration> registrations) {
        List<UUID> siteIds = registrations.stream()
                .map(r -> r.siteId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, String> siteKeys = siteIds.isEmpty()
                ? Map.of()
                : Site.<Site>list("id in ?1", siteIds).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s.applicantKey));
        AreaRefs areas = AreaRefs.of(siteKeys.values());
        // Waitlist positions of all events concerned, in one statement.
        Map<UUID, Integer> positions = new HashMap<>();
        List<UUID> waitingEvents = registrations.stream()
                .filter(r -> r.status == Registration.Status.WAITLISTED)
                .map(r -> r.eventId)
                .distinct()
                .toList();
        if (!waitingEvents.isEmpty()) {
            Map<UUID, Integer> counters = new HashMap<>();
            Registration.<Registration>list(
                            "eventId in ?1 and status = ?2 order by registeredAt, id",
                            waitingEvents,
                            Registration.Status.WAITLISTED)
                    .forEach(w -> positions.put(w.id, counters.merge(w.eventId, 1, Integer::sum)));
        }
        List<de.pakt.api.model.Registration> result = new ArrayList<>();
        for (Registration r : registrations) {
            de.pakt.api.model.Registration api = new de.pakt.api.model.Registration()
                    .id(r.id)
                    .eventId(r.eventId)
                    .name(r.personName)
                    .email(r.email)
                    .organisation(r.organisation)
                    .siteId(r.siteId)
                    .site(r.siteId == null ? null : areas.ref(siteKeys.get(r.siteId)))
                    .status(Enums.convert(r.status, RegistrationStatus.class))
                    .registeredAt(ApiTime.utc(r.registeredAt))
                    .version(r.version)
                    .updatedAt(ApiTime.utc(r.updatedAt));
            api.setWaitlistPosition(positions.get(r.id));
            result.add(api);
        }
        return result;
    }
}
