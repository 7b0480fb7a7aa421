import { Anchor, Badge, Card, CopyButton, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime, formatTimeRange } from '../../../lib/format';
import { calendarFeedUrl, usePublicEvents } from '../api/portal';
import { PortalNav } from '../components/PortalNav';

/** Upcoming events of the learning network, with the calendar subscription. */
export function PortalEventsPage() {
  const { t } = useTranslation();
  const events = usePublicEvents();
  const feed = calendarFeedUrl();
  return (
    <Stack gap="md">
      <PageTitle text={t('portal.eventsTitle')} />
      <PortalNav />
      <Card withBorder>
        <Title order={2} size="h4">
          {t('portal.subscribe')}
        </Title>
        <Text size="sm" mb="xs">
          {t('portal.subscribeHint')}
        </Text>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            readOnly
            label={t('portal.feedAddress')}
            value={feed.https}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={feed.https}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('events.copied') : t('events.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group mt="xs">
          <Anchor href={feed.webcal}>{t('portal.subscribeWebcal')}</Anchor>
          <Anchor href={feed.https} download="lernnetzwerk.ics">
            {t('portal.downloadIcs')}
          </Anchor>
        </Group>
      </Card>
      <ProblemAlert error={events.error} />
      {events.data?.length === 0 && <Text>{t('portal.noEvents')}</Text>}
      {events.data?.map((e) => (
        <Card key={e.id} withBorder component="article" aria-labelledby={`e-${e.id}`}>
          <Group justify="space-between" align="flex-start">
            <Title order={2} size="h4" id={`e-${e.id}`} td={e.status === 'CANCELLED' ? 'line-through' : undefined}>
              {e.title}
            </Title>
            <Badge variant="light" c="dark">
              {t(`events.statuses.${e.status}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {t(`events.kinds.${e.kind}`)}
            {e.motto ? ` · ${e.motto}` : ''}
          </Text>
          <Text>{formatTimeRange(e.startsAt, e.endsAt)}</Text>
          <Text>{e.venue ? `${e.venue}${e.host ? `, ${e.host.name}` : ''}` : t('events.online')}</Text>
          {e.status === 'CANCELLED' && e.cancelReason && (
            <Text c="red.9">
              {t('events.cancelledTitle')}: {e.cancelReason}
            </Text>
          )}
          {e.status === 'OPEN' && (
            <Text size="sm">
              {t('portal.placesAndDeadline', { left: e.placesLeft, date: formatDateTime(e.registrationDeadline) })}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
