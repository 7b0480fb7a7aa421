package de.pakt.network.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.pakt.api.GoodPracticesApi;
import de.pakt.api.model.GoodPracticeInput;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.network.GoodPractice;
import de.pakt.roadmap.Goal;
import de.pakt.roadmap.Measure;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import de.pakt.topic.Topic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Good practices (Praxisbeispiele), written by the site's people; published ones appear in the public portal. */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class GoodPracticeResource implements GoodPracticesApi {

    @Inject
    SiteAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<List<de.pakt.api.model.GoodPractice>> listGoodPractices() {
        return RestResponse.ok(GoodPracticeMapper.toApi(GoodPractice.list("order by createdAt desc, id")));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    @Transactional
    public RestResponse<de.pakt.api.model.GoodPractice> createGoodPractice(UUID siteId, GoodPracticeInput in) {
        Site site = access.requireVisible(siteId);
        GoodPractice g = new GoodPractice();
        g.id = UUID.randomUUID();
        g.siteId = site.id;
        g.areaKey = site.applicantKey;
        FieldChanges changes = apply(g, in);
        g.persist();
        audit.record("goodPractice", g.id, Action.CREATE, changes.names());
        if (g.published) {
            outbox.publish(ChangeType.GOOD_PRACTICE_PUBLISHED, g.id, g);
        }
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, GoodPracticeMapper.toApi(g))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/good-practices/{id}")
                        .build(g.id))
                .tag(ETags.of(g.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.FACILITATOR, Roles.MUNICIPALITY})
    @Transactional
    public RestResponse<de.pakt.api.model.GoodPractice> updateGoodPractice(
            UUID id, String ifMatch, GoodPracticeInput in) {
        GoodPractice g = GoodPractice.<GoodPractice>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("network.noun.goodPractice", id));
        if (g.siteId == null) {
            if (!access.isProgramOffice()) {
                throw ProblemException.notFound("network.noun.goodPractice", id);
            }
        } else {
            try {
                access.requireVisible(g.siteId);
            } catch (ProblemException hidden) {
                throw ProblemException.notFound("network.noun.goodPractice", id);
            }
        }
        ETags.requireMatch(ifMatch, g.version);
        boolean wasPublished = g.published;
        FieldChanges changes = apply(g, in);
        if (!changes.isEmpty()) {
            audit.record("goodPractice", g.id, Action.UPDATE, changes.names());
            // Drafts stay internal; what the portal shows (or showed) is announced publicly.
            if (g.published && !wasPublished) {
                outbox.publish(ChangeType.GOOD_PRACTICE_PUBLISHED, g.id, g);
            } else if (g.published || wasPublished) {
                outbox.publish(ChangeType.GOOD_PRACTICE_CHANGED, g.id, g);
            }
        }
        GoodPractice.getEntityManager().flush();
        return RestResponse.ResponseBuilder.ok(GoodPracticeMapper.toApi(g))
                .tag(ETags.of(g.version))
                .build();
    }

    private static FieldChanges apply(GoodPractice g, GoodPracticeInput in) {
        if (in.getMeasureId() != null) {
            Measure m = Measure.findById(in.getMeasureId());
            Goal goal = m == null ? null : Goal.findById(m.goalId);
            if (goal == null || !goal.siteId.equals(g.siteId)) {
                throw ProblemException.validation(
                        List.of(new FieldViolation("measureId", "network.goodPractice.measureNotOfSite")));
            }
        }
        if (in.getTopicId() != null && Topic.findById(in.getTopicId()) == null) {
            throw ProblemException.invalid("topicId", "network.topicUnknown");
        }
        if (in.getTitle().isBlank()
                || in.getDescription().isBlank()
                || in.getContactRole().isBlank()) {
            throw ProblemException.invalid(
                    in.getTitle().isBlank() ? "title" : in.getDescription().isBlank() ? "description" : "contactRole",
                    "common.field.blank");
        }
        boolean publish = Boolean.TRUE.equals(in.getPublished());
        if (publish && !g.published) {
            g.publishedAt = Instant.now();
        }
        return new FieldChanges()
                .set("measureId", g.measureId, in.getMeasureId(), v -> g.measureId = v)
                .set("title", g.title, in.getTitle().strip(), v -> g.title = v)
                .set("topicId", g.topicId, in.getTopicId(), v -> g.topicId = v)
                .set("description", g.description, in.getDescription().strip(), v -> g.description = v)
                .set("contactRole", g.contactRole, in.getContactRole().strip(), v -> g.contactRole = v)
                .set("published", g.published, publish, v -> g.published = v);
    }
}
