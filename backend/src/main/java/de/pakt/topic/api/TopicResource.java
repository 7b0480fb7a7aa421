package de.pakt.topic.api;

import java.util.List;
import java.util.UUID;

import de.pakt.api.TopicsApi;
import de.pakt.api.model.TopicInput;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.topic.Topic;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The topics taxonomy: small enough that the resource holds its few rules itself (unique names, retire instead of delete). */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class TopicResource implements TopicsApi {

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uriInfo;

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<List<de.pakt.api.model.Topic>> listTopics() {
        List<Topic> topics = Topic.list("order by position, name");
        return RestResponse.ok(topics.stream().map(TopicMapper::toApi).toList());
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional
    public RestResponse<de.pakt.api.model.Topic> createTopic(TopicInput input) {
        String name = requireName(input, null);
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.name = name;
        topic.position = input.getPosition() == null ? (int) Topic.count() + 1 : input.getPosition();
        topic.active = !Boolean.FALSE.equals(input.getActive());
        topic.persist();
        audit.record("topic", topic.id, Action.CREATE, List.of("name", "position", "active"));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, TopicMapper.toApi(topic))
                .location(uriInfo.getBaseUriBuilder().path("api/v1/topics/{id}").build(topic.id))
                .tag(ETags.of(topic.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional
    public RestResponse<de.pakt.api.model.Topic> updateTopic(UUID topicId, String ifMatch, TopicInput input) {
        Topic topic = Topic.<Topic>findByIdOptional(topicId)
                .orElseThrow(() -> ProblemException.notFound("topic.noun.topic", topicId));
        ETags.requireMatch(ifMatch, topic.version);
        String name = requireName(input, topicId);
        FieldChanges changes = new FieldChanges()
                .set("name", topic.name, name, v -> topic.name = v)
                .set(
                        "position",
                        topic.position,
                        input.getPosition() == null ? topic.position : input.getPosition(),
                        v -> topic.position = v)
                .set("active", topic.active, !Boolean.FALSE.equals(input.getActive()), v -> topic.active = v);
        if (!changes.isEmpty()) {
            audit.record("topic", topic.id, Action.UPDATE, changes.names());
        }
        Topic.getEntityManager().flush();
        return RestResponse.ResponseBuilder.ok(TopicMapper.toApi(topic))
                .tag(ETags.of(topic.version))
                .build();
    }

    private static String requireName(TopicInput input, UUID self) {
        String name = input.getName().strip();
        if (name.length() < 2) {
            throw ProblemException.invalid("name", "topic.nameTooShort");
        }
        long same = self == null
                ? Topic.count("lower(name) = ?1", name.toLowerCase())
                : Topic.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(), self);
        if (same > 0) {
            throw ProblemException.conflict("topic.nameTaken", name);
        }
        return name;
    }
}
