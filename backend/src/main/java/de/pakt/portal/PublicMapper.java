package de.pakt.portal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.pakt.api.model.AreaRef;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.MeasureStatus;
import de.pakt.api.model.PublicEvent;
import de.pakt.api.model.PublicGoodPractice;
import de.pakt.api.model.PublicMeasure;
import de.pakt.api.model.PublicSite;
import de.pakt.api.model.SiteRef;
import de.pakt.api.model.SiteStatus;
import de.pakt.api.model.TopicRef;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.network.GoodPractice;
import de.pakt.network.NetworkEvent;
import de.pakt.network.service.EventQueries;
import de.pakt.registry.AreaRefs;
import de.pakt.topic.Topic;

/**
 * Maps what the portal shows to the generated API models, field by field: nothing about people (see
 * {@link PublicResource}). Names of places and topics come from one query each; the order is the one given.
 */
final class PublicMapper {

    private PublicMapper() {}

    static List<PublicSite> sites(List<PublicQueries.SiteRow> rows) {
        AreaRefs areas = AreaRefs.of(
                rows.stream().map(PublicQueries.SiteRow::applicantKey).toList());
        return rows.stream()
                .map(r -> new PublicSite()
                        .site(new SiteRef().siteId(r.siteId()).applicant(areas.ref(r.applicantKey())))
                        .districtKey(districtOf(r.applicantKey()))
                        .regionKey(r.regionKey())
                        .roundId(r.roundId())
                        .roundNumber(r.roundNumber())
                        .roundTitle(r.roundTitle())
                        .programId(r.programId())
                        .programTitle(r.programTitle())
                        .status(SiteStatus.fromValue(r.status()))
                        .publicMeasures((int) r.publicMeasures()))
                .toList();
    }

    static List<PublicMeasure> measures(PublicQueries.MeasurePage found) {
        return found.items().stream()
                .map(m -> new PublicMeasure()
                        .id(m.id())
                        .title(m.title())
                        .description(m.description())
                        .topic(
                                m.topicId() == null
                                        ? null
                                        : new TopicRef().id(m.topicId()).name(m.topicName()))
                        .status(MeasureStatus.fromValue(m.status()))
                        .startDate(m.startDate())
                        .endDate(m.endDate())
                        .site(new SiteRef()
                                .siteId(m.siteId())
                                .applicant(new AreaRef().key(m.applicantKey()).name(m.applicantName())))
                        .districtKey(districtOf(m.applicantKey()))
                        .regionKey(m.regionKey())
                        .programId(m.programId())
                        .partners(found.partners().getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** No online link: only whether there is one. */
    static List<PublicEvent> events(List<NetworkEvent> events, Map<UUID, EventQueries.Places> places) {
        AreaRefs hosts = AreaRefs.of(
                events.stream().map(e -> e.hostKey).filter(Objects::nonNull).toList());
        Map<UUID, String> topics = Topic.names();
        return events.stream()
                .map(e -> new PublicEvent()
                        .id(e.id)
                        .kind(Enums.convert(e.kind, EventKind.class))
                        .title(e.title)
                        .motto(e.motto)
                        .topic(topicRef(e.topicId, topics))
                        .startsAt(ApiTime.utc(e.startsAt))
                        .endsAt(ApiTime.utc(e.endsAt))
                        .venue(e.venue)
                        .host(e.hostKey == null ? null : hosts.ref(e.hostKey))
                        .online(e.onlineUrl != null)
                        .status(Enums.convert(e.status, EventStatus.class))
                        .cancelReason(e.cancelReason)
                        .placesLeft(places.getOrDefault(e.id, EventQueries.Places.NONE)
                                .left(e.capacity))
                        .registrationDeadline(ApiTime.utc(e.registrationDeadline)))
                .toList();
    }

    static List<PublicGoodPractice> goodPractices(List<GoodPractice> practices) {
        AreaRefs places = AreaRefs.of(practices.stream().map(g -> g.areaKey).toList());
        Map<UUID, String> topics = Topic.names();
        return practices.stream()
                .map(g -> new PublicGoodPractice()
                        .id(g.id)
                        .title(g.title)
                        .description(g.description)
                        .contactRole(g.contactRole)
                        .place(places.ref(g.areaKey))
                        .topic(topicRef(g.topicId, topics)))
                .toList();
    }

    /** An official area key starts with its Kreis (5 digits). */
    private static String districtOf(String areaKey) {
        return areaKey.substring(0, 5);
    }

    private static TopicRef topicRef(UUID topicId, Map<UUID, String> names) {
        return topicId == null ? null : new TopicRef().id(topicId).name(names.get(topicId));
    }
}
