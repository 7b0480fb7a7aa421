import { Button, Code, Group, MultiSelect, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Schemas } from '../../../lib/api/client';
import { formatDateTime } from '../../../lib/format';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import {
  useDeliveries,
  useRedelivery,
  useSubscriptionMutations,
  useSubscriptions,
  type Subscription,
  type SubscriptionInput,
} from '../api/webhooks';

type ChangeType = Schemas['ChangeType'];

/** Every change type of the contract, in its order (the type keeps the list complete). */
const CHANGE_TYPES: Record<ChangeType, true> = {
  'program.created': true,
  'program.changed': true,
  'program.deleted': true,
  'round.opened': true,
  'round.review-started': true,
  'round.decided': true,
  'round.started': true,
  'round.closed': true,
  'application.submitted': true,
  'application.withdrawn': true,
  'application.decided': true,
  'decision.finalised': true,
  'site.created': true,
  'site.changed': true,
  'roadmap.changed': true,
  'roadmap.adopted': true,
  'roadmap.implementation-started': true,
  'roadmap.completed': true,
  'measure.created': true,
  'measure.changed': true,
  'milestone.created': true,
  'milestone.changed': true,
  'milestone.completed': true,
  'milestone.due': true,
  'booking.created': true,
  'event.planned': true,
  'event.changed': true,
  'event.registration-opened': true,
  'event.registration-closed': true,
  'event.held': true,
  'event.cancelled': true,
  'registration.changed': true,
  'good-practice.published': true,
  'good-practice.changed': true,
};

/** Webhook subscriptions of third-party systems: register, pause, resume, delete, and the delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const list = useSubscriptions();
  const { create, toggle, remove } = useSubscriptionMutations();
  const [shown, setShown] = useState<string | null>(null);
  // The deliveries of a deleted subscription are gone with it.
  const deleteSubscription = (s: Subscription) =>
    remove.mutate(s, { onSuccess: () => setShown((id) => (id === s.id ? null : id)) });
  const form = useContractForm({
    schema: 'WebhookSubscriptionInput',
    initialValues: { url: '', eventTypes: [] as string[], description: '' },
    toInput: (v) => ({
      url: v.url,
      eventTypes: v.eventTypes as ChangeType[],
      ...(v.description ? { description: v.description } : {}),
    }),
    serverErrors: fieldErrorsOf(create.error),
  });
  const submit = (input: SubscriptionInput) => create.mutate(input, { onSuccess: () => form.reset() });
  return (
    <>
      <PageTitle text={t('webhooks.title')} />
      <Text mb="md" maw={900}>
        {t('webhooks.intro')}
      </Text>
      <ProblemAlert error={list.error ?? toggle.error ?? remove.error} />
      {create.data?.secret && (
        <Paper withBorder p="md" mb="md" maw={900} role="status">
          <Title order={2} size="h4">
            {t('webhooks.secretTitle')}
          </Title>
          <Text size="sm">{t('webhooks.secretOnce')}</Text>
          <Code block mt="xs">
            {create.data.secret}
          </Code>
        </Paper>
      )}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('webhooks.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('webhooks.url')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.types')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.status')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {s.url}
                  </Text>
                  {s.description && (
                    <Text size="xs" c="dimmed">
                      {s.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.eventTypes.join(', ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`webhooks.statuses.${s.status}`)}
                  </Text>
                  {s.pausedReason && <Text size="xs">{s.pausedReason}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => toggle.mutate(s)}>
                      {s.status === 'ACTIVE' ? t('webhooks.pause') : t('webhooks.resume')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setShown(shown === s.id ? null : s.id)}>
                      {t('webhooks.deliveries')}
                    </Button>
                    <Button
                      size="xs"
                      color="red.9"
                      variant="filled"
                      onClick={() =>
                        window.confirm(t('webhooks.confirmDelete', { url: s.url })) && deleteSubscription(s)
                      }
                    >
                      {t('webhooks.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown && <Deliveries subscriptionId={shown} />}
      <Paper withBorder p="md" mt="md" maw={900}>
        <Title order={2} size="h3" mb="sm">
          {t('webhooks.add')}
        </Title>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <TextInput
            label={t('webhooks.url')}
            description={t('webhooks.urlHint')}
            required
            type="url"
            {...form.getInputProps('url')}
          />
          <MultiSelect
            mt="sm"
            label={t('webhooks.types')}
            required
            searchable
            data={Object.keys(CHANGE_TYPES)}
            {...form.getInputProps('eventTypes')}
          />
          <TextInput mt="sm" label={t('webhooks.description')} {...form.getInputProps('description')} />
          <ProblemAlert error={unlessShownAtFields(create.error)} />
          <Button type="submit" mt="sm" loading={create.isPending}>
            {t('webhooks.add')}
          </Button>
        </form>
      </Paper>
    </>
  );
}

function Deliveries({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(subscriptionId);
  const redeliver = useRedelivery(subscriptionId);
  return (
    <Paper withBorder p="md" mt="md">
      <Title order={2} size="h3" mb="sm">
        {t('webhooks.deliveries')}
      </Title>
      <ProblemAlert error={deliveries.error ?? redeliver.error} />
      {deliveries.data && deliveries.data.items.length === 0 && <Text c="dimmed">{t('webhooks.noDeliveries')}</Text>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('webhooks.change')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.status')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.attempts')}</Table.Th>
              <Table.Th scope="col">{t('webhooks.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm">{d.change.type}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(d.change.occurredAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t(`webhooks.deliveryStatuses.${d.status}`)}
                  {d.lastError && <Text size="xs">{d.lastError}</Text>}
                </Table.Td>
                <Table.Td>
                  {d.attemptLog.map((a) => (
                    <Text size="xs" key={a.attempt}>
                      {t('webhooks.attempt', {
                        n: a.attempt,
                        at: formatDateTime(a.attemptedAt),
                        result: a.statusCode ?? a.error ?? '',
                        ms: a.durationMs,
                      })}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => redeliver.mutate(d.id)}>
                    {t('webhooks.redeliver')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
