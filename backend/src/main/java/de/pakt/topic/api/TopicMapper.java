package de.pakt.topic.api;

import de.pakt.common.web.ApiTime;
import de.pakt.topic.Topic;

/** Maps topics to the generated API model. */
final class TopicMapper {

    private TopicMapper() {}

    static de.pakt.api.model.Topic toApi(Topic t) {
        return new de.pakt.api.model.Topic()
                .id(t.id)
                .name(t.name)
                .position(t.position)
                .active(t.active)
                .updatedAt(ApiTime.utc(t.updatedAt));
    }
}
