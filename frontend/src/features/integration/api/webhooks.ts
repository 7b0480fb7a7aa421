import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, listItemETag, useApiMutation } from '../../../lib/api/queries';

export type Subscription = Schemas['WebhookSubscription'];
export type SubscriptionInput = Schemas['WebhookSubscriptionInput'];
type SubscriptionPage = Schemas['WebhookSubscriptionPage'];
type DeliveryPage = Schemas['WebhookDeliveryPage'];

const webhookKeys = {
  all: ['webhook-subscriptions'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  deliveries: (subscriptionId: string) => [...webhookKeys.all, subscriptionId, 'deliveries'] as const,
};

const replaced = <T extends { id: string }>(items: T[], item: T) => items.map((x) => (x.id === item.id ? item : x));

export function useSubscriptions() {
  return useQuery({
    queryKey: webhookKeys.list(),
    queryFn: () => body(api.GET('/api/v1/webhook-subscriptions', { params: { query: { size: 200 } } })),
  });
}

/** Register, pause or resume, delete; a subscription of the list is changed with the ETag of its version there. */
export function useSubscriptionMutations() {
  const client = useQueryClient();
  const params = (s: Subscription) => ({ path: { subscriptionId: s.id }, header: { 'If-Match': listItemETag(s) } });
  // Where a subscription joins or leaves the list (and its count) is the server's to say.
  const refreshList = () => client.invalidateQueries({ queryKey: webhookKeys.list() });
  return {
    /** Answers with the signing secret, this once. */
    create: useApiMutation(
      (input: SubscriptionInput) => api.POST('/api/v1/webhook-subscriptions', { body: input }),
      refreshList,
    ),
    /** Pauses an active subscription, resumes a paused one. */
    toggle: useApiMutation(
      (s: Subscription) =>
        api.PUT('/api/v1/webhook-subscriptions/{subscriptionId}', {
          params: params(s),
          body: {
            url: s.url,
            eventTypes: s.eventTypes,
            description: s.description ?? undefined,
            active: s.status !== 'ACTIVE',
          },
        }),
      ({ body: saved }) =>
        client.setQueryData<SubscriptionPage>(
          webhookKeys.list(),
          (page) => page && { ...page, items: replaced(page.items, saved) },
        ),
    ),
    remove: useApiMutation(
      (s: Subscription) => api.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', { params: params(s) }),
      refreshList,
    ),
  };
}

/** The latest 50 deliveries of a subscription, with their attempts. */
export function useDeliveries(subscriptionId: string) {
  return useQuery({
    queryKey: webhookKeys.deliveries(subscriptionId),
    queryFn: () =>
      body(
        api.GET('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
          params: { path: { subscriptionId }, query: { size: 50 } },
        }),
      ),
  });
}

/** Queues a delivery again; the answer is the delivery with its attempt count started anew. */
export function useRedelivery(subscriptionId: string) {
  const client = useQueryClient();
  return useApiMutation(
    (deliveryId: string) =>
      api.POST('/api/v1/webhook-deliveries/{deliveryId}/redelivery', { params: { path: { deliveryId } } }),
    ({ body: queued }) =>
      client.setQueryData<DeliveryPage>(
        webhookKeys.deliveries(subscriptionId),
        (page) => page && { ...page, items: replaced(page.items, queued) },
      ),
  );
}
