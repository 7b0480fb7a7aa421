package de.pakt.integration.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pakt.api.IntegrationApi;
import de.pakt.api.model.ChangePage;
import de.pakt.api.model.ChangeType;
import de.pakt.api.model.WebhookDelivery;
import de.pakt.api.model.WebhookDeliveryPage;
import de.pakt.api.model.WebhookDeliveryStatus;
import de.pakt.api.model.WebhookSubscriptionInput;
import de.pakt.api.model.WebhookSubscriptionPage;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.common.web.PageQuery;
import de.pakt.integration.service.ChangeFeed;
import de.pakt.integration.service.FeedCursor;
import de.pakt.integration.webhook.WebhookDeliveries;
import de.pakt.integration.webhook.WebhookService;
import de.pakt.integration.webhook.WebhookService.SubscriptionData;
import de.pakt.integration.webhook.WebhookSubscription;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** The change feed and webhook subscriptions (docs/integration.md). */
@Path("/")
public class IntegrationResource implements IntegrationApi {

    private static final int DEFAULT_LIMIT = 100;

    @Inject
    ChangeFeed feed;

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes({Scopes.PUBLIC_READ, Scopes.PROGRAMME_READ, Scopes.EVENTS_WRITE})
    public RestResponse<ChangePage> listChanges(String after, List<ChangeType> types, Integer limit) {
        FeedCursor cursor = FeedCursor.decode(after)
                .orElseThrow(() -> ProblemException.invalid("after", "integration.feed.unknownCursor"));
        Set<String> visible = webhooks.visibleTypes();
        Set<String> wanted = new LinkedHashSet<>(visible);
        if (types != null && !types.isEmpty()) {
            wanted.clear();
            for (ChangeType type : types) {
                if (!visible.contains(type.toString())) {
                    throw ProblemException.forbidden("integration.feed.typeNotAllowed", type.toString());
                }
                wanted.add(type.toString());
            }
        }
        ChangeFeed.Slice slice = feed.after(
                cursor,
                wanted,
                limit == null ? DEFAULT_LIMIT : limit,
                user.subject(),
                user.hasRole(Roles.PROGRAM_OFFICE));
        return RestResponse.ok(new ChangePage()
                .items(slice.entries().stream().map(ChangeFeed.Entry::toApi).toList())
                .next(slice.next().encode())
                .hasMore(slice.hasMore()));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<WebhookSubscriptionPage> listWebhookSubscriptions(Integer page, Integer size) {
        PageQuery query = PageQuery.of(page, size, null, "createdAt,desc", java.util.Map.of("createdAt", "createdAt"));
        WebhookService.Slice slice = webhooks.list(query);
        return RestResponse.ok(new WebhookSubscriptionPage()
                .items(slice.items().stream()
                        .map(s -> WebhookMapper.toApi(s, false))
                        .toList())
                .page(query.page())
                .size(query.size())
                .totalItems(slice.totalItems())
                .totalPages(query.totalPages(slice.totalItems())));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<de.pakt.api.model.WebhookSubscription> createWebhookSubscription(
            WebhookSubscriptionInput input) {
        WebhookSubscription s = webhooks.create(data(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, WebhookMapper.toApi(s, true))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/webhook-subscriptions/{id}")
                        .build(s.id))
                .tag(ETags.of(s.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<de.pakt.api.model.WebhookSubscription> getWebhookSubscription(UUID subscriptionId) {
        WebhookSubscription s = webhooks.require(subscriptionId);
        return RestResponse.ResponseBuilder.ok(WebhookMapper.toApi(s, false))
                .tag(ETags.of(s.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<de.pakt.api.model.WebhookSubscription> updateWebhookSubscription(
            UUID subscriptionId, String ifMatch, WebhookSubscriptionInput input) {
        WebhookSubscription s = webhooks.update(subscriptionId, ifMatch, data(input));
        return RestResponse.ResponseBuilder.ok(WebhookMapper.toApi(s, false))
                .tag(ETags.of(s.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<Void> deleteWebhookSubscription(UUID subscriptionId, String ifMatch) {
        webhooks.delete(subscriptionId, ifMatch);
        return RestResponse.noContent();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<WebhookDeliveryPage> listWebhookDeliveries(
            UUID subscriptionId, Integer page, Integer size, WebhookDeliveryStatus status) {
        PageQuery query = PageQuery.of(page, size, null, "createdAt,desc", java.util.Map.of("createdAt", "createdAt"));
        WebhookDeliveries.DeliveryPage found =
                webhooks.deliveries(subscriptionId, Enums.convert(status, WebhookDeliveries.Status.class), query);
        java.util.Map<Long, ChangeFeed.Entry> changes = feed.at(found.deliveries().stream()
                .map(WebhookDeliveries.Delivery::outboxPosition)
                .toList());
        return RestResponse.ok(new WebhookDeliveryPage()
                .items(found.deliveries().stream()
                        .map(d -> WebhookMapper.toApi(d, changes.get(d.outboxPosition())))
                        .toList())
                .page(query.page())
                .size(query.size())
                .totalItems(found.total())
                .totalPages(query.totalPages(found.total())));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.WEBHOOKS_MANAGE)
    public RestResponse<WebhookDelivery> redeliverWebhook(UUID deliveryId) {
        WebhookDeliveries.Delivery d = webhooks.redeliver(deliveryId);
        return RestResponse.accepted(WebhookMapper.toApi(d, feed.at(d.outboxPosition())));
    }

    private static SubscriptionData data(WebhookSubscriptionInput in) {
        return new SubscriptionData(
                in.getUrl(),
                in.getEventTypes().stream().map(ChangeType::toString).toList(),
                in.getDescription(),
                !Boolean.FALSE.equals(in.getActive()));
    }
}
