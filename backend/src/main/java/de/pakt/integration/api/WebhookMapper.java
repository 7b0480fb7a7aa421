package de.pakt.integration.api;

import de.pakt.api.model.ChangeType;
import de.pakt.api.model.WebhookAttempt;
import de.pakt.api.model.WebhookDelivery;
import de.pakt.api.model.WebhookDeliveryStatus;
import de.pakt.api.model.WebhookSubscription;
import de.pakt.api.model.WebhookSubscriptionStatus;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.integration.service.ChangeFeed;
import de.pakt.integration.webhook.WebhookDeliveries;

/** Subscriptions and deliveries as the contract shows them. */
final class WebhookMapper {

    private WebhookMapper() {}

    /** {@code withSecret} only in the answer that created the subscription. */
    static WebhookSubscription toApi(de.pakt.integration.webhook.WebhookSubscription s, boolean withSecret) {
        return new WebhookSubscription()
                .id(s.id)
                .url(s.url)
                .eventTypes(s.eventTypes.stream().map(ChangeType::fromValue).toList())
                .description(s.description)
                .status(Enums.convert(s.status, WebhookSubscriptionStatus.class))
                .pausedReason(s.pausedReason)
                .secret(withSecret ? s.secret : null)
                .createdAt(ApiTime.utc(s.createdAt))
                .updatedAt(ApiTime.utc(s.updatedAt))
                .version(s.version);
    }

    static WebhookDelivery toApi(WebhookDeliveries.Delivery d, ChangeFeed.Entry change) {
        return new WebhookDelivery()
                .id(d.id())
                .subscriptionId(d.subscriptionId())
                .change(change.toApi())
                .status(Enums.convert(d.status(), WebhookDeliveryStatus.class))
                .attempts(d.attempts())
                .nextAttemptAt(d.status() == WebhookDeliveries.Status.PENDING ? ApiTime.utc(d.nextAttemptAt()) : null)
                .deliveredAt(ApiTime.utc(d.deliveredAt()))
                .lastError(d.lastError())
                .attemptLog(d.attemptLog().stream()
                        .map(a -> new WebhookAttempt()
                                .attempt(a.attempt())
                                .attemptedAt(ApiTime.utc(a.attemptedAt()))
                                .durationMs(a.durationMs())
                                .statusCode(a.statusCode())
                                .error(a.error()))
                        .toList());
    }
}
