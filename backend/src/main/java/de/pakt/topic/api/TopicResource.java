package de.pakt.topic.api;

import java.time.Instant;
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
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.ETags;
import de.pakt.topic.Topic;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response listTopics() {
        List<Topic> topics = Topic.list("order by position, name");
        return Response.ok(topics.stream().map(TopicResource::toApi).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional
    public Response createTopic(TopicInput input) {
        String name = requireName(input, null);
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.name = name;
        topic.position = input.getPosition() == null ? (int) Topic.count() + 1 : input.getPosition();
        topic.active = !Boolean.FALSE.equals(input.getActive());
        topic.createdAt = Instant.now();
        topic.updatedAt = topic.createdAt;
        topic.persist();
        audit.record("topic", topic.id, Action.CREATE, List.of("name", "position", "active"));
        return Response.created(
                        uriInfo.getBaseUriBuilder().path("api/v1/topics/{id}").build(topic.id))
                .entity(toApi(topic))
                .tag(ETags.of(topic.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional
    public Response updateTopic(UUID topicId, String ifMatch, TopicInput input) {
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
            topic.updatedAt = Instant.now();
            audit.record("topic", topic.id, Action.UPDATE, changes.names());
        }
        Topic.getEntityManager().flush();
        return Response.ok(toApi(topic)).tag(ETags.of(topic.version)).build();
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

    private static de.pakt.api.model.Topic toApi(Topic t) {
        return new de.pakt.api.model.Topic()
                .id(t.id)
                .name(t.name)
                .position(t.position)
                .active(t.active)
                .updatedAt(ApiTime.utc(t.updatedAt));
    }
}
