package de.pakt.integration.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.common.web.PageQuery;
import de.pakt.integration.ChangeType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Webhook subscriptions. The programme office manages all of them; an integration client only its own, and only for
 * change types its scopes may see. Another client's subscription is "not found", never "forbidden".
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    /** Marks the subscriptions of the programme office in {@code owner_scopes}. */
    static final String PROGRAM_OFFICE_GRANT = Roles.PROGRAM_OFFICE;

    public record SubscriptionData(String url, List<String> eventTypes, String description, boolean active) {}

    public record Slice(List<WebhookSubscription> items, long totalItems) {}

    @Inject
    CurrentUser user;

    @Inject
    WebhookUrls urls;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    AuditTrail audit;

    /** The change types the caller may see: all for the programme office, by scope for integration clients. */
    public static Set<String> visibleTypes(boolean programOffice, Set<String> scopes) {
        Set<String> types = new LinkedHashSet<>();
        for (ChangeType type : ChangeType.values()) {
            if (programOffice || scopes.contains(type.scope())) {
                types.add(type.wireName());
            }
        }
        return types;
    }

    public Set<String> visibleTypes() {
        return visibleTypes(user.hasRole(Roles.PROGRAM_OFFICE), user.scopes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice list(PageQuery page) {
        var query = user.hasRole(Roles.PROGRAM_OFFICE)
                ? WebhookSubscription.<WebhookSubscription>findAll(Sort.descending("createdAt"))
                : WebhookSubscription.<WebhookSubscription>find(
                        "ownerSubject", Sort.descending("createdAt"), user.subject());
        return new Slice(query.page(page.panachePage()).list(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription require(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .filter(s -> user.hasRole(Roles.PROGRAM_OFFICE) || s.ownerSubject.equals(user.subject()))
                .orElseThrow(() -> ProblemException.notFound("integration.noun.webhookSubscription", id));
    }

    public WebhookSubscription create(SubscriptionData data) {
        validate(data, visibleTypes());
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.secret = WebhookSignature.newSecret();
        s.ownerSubject = user.subject();
        s.ownerScopes =
                user.hasRole(Roles.PROGRAM_OFFICE) ? List.of(PROGRAM_OFFICE_GRANT) : new ArrayList<>(user.scopes());
        apply(s, data);
        s.persist();
        audit.record("webhookSubscription", s.id, Action.CREATE, List.of("url", "eventTypes", "status"));
        return s;
    }

    public WebhookSubscription update(UUID id, String ifMatch, SubscriptionData data) {
        WebhookSubscription s = require(id);
        ETags.requireMatch(ifMatch, s.version);
        if (s.ownerSubject.equals(user.subject())) {
            // The owner's current scopes: a scope taken away in Keycloak is gone here with the next save.
            s.ownerScopes =
                    user.hasRole(Roles.PROGRAM_OFFICE) ? List.of(PROGRAM_OFFICE_GRANT) : new ArrayList<>(user.scopes());
        }
        // Nobody, not even the programme office, subscribes a client to changes its own scopes do not show it.
        Set<String> allowed = new LinkedHashSet<>(visibleTypes());
        allowed.retainAll(visibleTypes(s.ownerScopes.contains(PROGRAM_OFFICE_GRANT), Set.copyOf(s.ownerScopes)));
        validate(data, allowed);
        apply(s, data);
        audit.record("webhookSubscription", s.id, Action.UPDATE, List.of("url", "eventTypes", "status"));
        WebhookSubscription.getEntityManager().flush();
        return s;
    }

    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = require(id);
        ETags.requireMatch(ifMatch, s.version);
        s.delete();
        audit.record("webhookSubscription", id, Action.DELETE, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDeliveries.DeliveryPage deliveries(
            UUID subscriptionId, WebhookDeliveries.Status status, PageQuery page) {
        require(subscriptionId);
        return deliveries.list(subscriptionId, status, page.page(), page.size());
    }

    public WebhookDeliveries.Delivery redeliver(UUID deliveryId) {
        WebhookDeliveries.Delivery delivery = deliveries
                .find(deliveryId)
                .orElseThrow(() -> ProblemException.notFound("integration.noun.delivery", deliveryId));
        try {
            require(delivery.subscriptionId());
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("integration.noun.delivery", deliveryId);
        }
        if (!deliveries.requeue(deliveryId)) {
            throw ProblemException.conflict("integration.delivery.inProgress");
        }
        audit.record("webhookDelivery", deliveryId, Action.ACTION, List.of("status"));
        return deliveries.find(deliveryId).orElseThrow();
    }

    private void validate(SubscriptionData data, Set<String> visible) {
        List<FieldViolation> errors = new ArrayList<>();
        urls.refusal(data.url().strip()).ifPresent(why -> errors.add(new FieldViolation("url", why)));
        List<String> hidden =
                data.eventTypes().stream().filter(t -> !visible.contains(t)).toList();
        if (!hidden.isEmpty()) {
            errors.add(new FieldViolation("eventTypes", "integration.webhook.typesNotAllowed", hidden));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void apply(WebhookSubscription s, SubscriptionData d) {
        s.url = d.url().strip();
        s.eventTypes = new ArrayList<>(new LinkedHashSet<>(d.eventTypes()));
        s.description = d.description() == null || d.description().isBlank()
                ? null
                : d.description().strip();
        WebhookSubscription.Status wanted =
                d.active() ? WebhookSubscription.Status.ACTIVE : WebhookSubscription.Status.PAUSED;
        if (wanted != s.status) {
            s.pausedReason = null;
        }
        s.status = wanted;
    }
}
