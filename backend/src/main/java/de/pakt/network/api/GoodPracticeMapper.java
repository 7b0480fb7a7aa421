package de.pakt.network.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.model.TopicRef;
import de.pakt.common.web.ApiTime;
import de.pakt.network.GoodPractice;
import de.pakt.registry.AreaRefs;
import de.pakt.topic.Topic;

/** Maps good practices to the generated API model. */
final class GoodPracticeMapper {

    private GoodPracticeMapper() {}

    static de.pakt.api.model.GoodPractice toApi(GoodPractice practice) {
        return toApi(List.of(practice)).get(0);
    }

    /** In the order given; places and topics are named with one query each. */
    static List<de.pakt.api.model.GoodPractice> toApi(List<GoodPractice> practices) {
        AreaRefs places = AreaRefs.of(practices.stream().map(g -> g.areaKey).toList());
        Map<UUID, String> topics = Topic.names();
        return practices.stream()
                .map(g -> new de.pakt.api.model.GoodPractice()
                        .id(g.id)
                        .place(places.ref(g.areaKey))
                        .siteId(g.siteId)
                        .measureId(g.measureId)
                        .title(g.title)
                        .topic(
                                g.topicId == null
                                        ? null
                                        : new TopicRef().id(g.topicId).name(topics.get(g.topicId)))
                        .description(g.description)
                        .contactRole(g.contactRole)
                        .published(g.published)
                        .publishedAt(ApiTime.utc(g.publishedAt))
                        .version(g.version)
                        .updatedAt(ApiTime.utc(g.updatedAt)))
                .toList();
    }
}
