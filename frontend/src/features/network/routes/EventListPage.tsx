import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { berlinToday, formatTimeRange } from '../../../lib/format';
import { eventKindValues, eventStatusValues } from '../../../lib/api/schema';
import { useEvents, type EventKind, type EventStatus } from '../api/events';
import { CalendarLinkButton } from '../components/CalendarLinkButton';
import { MonthCalendar } from '../components/MonthCalendar';

/** The learning network's events as a list or a month calendar; filters live in the URL so a view can be shared. */
export function EventListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const view = params.get('ansicht') === 'kalender' ? 'kalender' : 'liste';
  const status = (params.get('status') ?? undefined) as EventStatus | undefined;
  const kind = (params.get('art') ?? undefined) as EventKind | undefined;
  const month = params.get('monat') ?? berlinToday().slice(0, 7);
  const events = useEvents({ status, kind, page: 0 });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const organiser = user.hasRole('program-office') || user.hasRole('facilitator');
  return (
    <Stack gap="md">
      <PageTitle text={t('events.title')} />
      <Text>{t('events.intro')}</Text>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label={t('events.status')}
            clearable
            value={status ?? null}
            onChange={(v) => set('status', v)}
            data={eventStatusValues.map((s) => ({ value: s, label: t(`events.statuses.${s}`) }))}
          />
          <Select
            label={t('events.kind')}
            clearable
            value={kind ?? null}
            onChange={(v) => set('art', v)}
            data={eventKindValues.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
          />
          <SegmentedControl
            value={view}
            onChange={(v) => set('ansicht', v === 'liste' ? null : v)}
            aria-label={t('events.view')}
            data={[
              { value: 'liste', label: t('events.list') },
              { value: 'kalender', label: t('events.calendar') },
            ]}
          />
        </Group>
        <Group>
          <CalendarLinkButton />
          {organiser && (
            <Button component={Link} to="/veranstaltungen/neu">
              {t('events.create')}
            </Button>
          )}
        </Group>
      </Group>
      <ProblemAlert error={events.error} />
      {events.data && view === 'kalender' && (
        <MonthCalendar
          month={month}
          onMonth={(m) => set('monat', m)}
          entries={events.data.items.map((e) => ({
            id: e.id,
            title: e.title,
            startsAt: e.startsAt,
            cancelled: e.status === 'CANCELLED',
            href: `/veranstaltungen/${e.id}`,
          }))}
        />
      )}
      {events.data &&
        view === 'liste' &&
        (events.data.items.length === 0 ? (
          <Text>{t('common.noResults')}</Text>
        ) : (
          <TableScroll label={t('events.title')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('events.when')}</Table.Th>
                  <Table.Th scope="col">{t('events.event')}</Table.Th>
                  <Table.Th scope="col">{t('events.where')}</Table.Th>
                  <Table.Th scope="col">{t('events.status')}</Table.Th>
                  <Table.Th scope="col">{t('events.places')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatTimeRange(e.startsAt, e.endsAt)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/veranstaltungen/${e.id}`}>
                        {e.title}
                      </Anchor>
                      <Text size="xs">
                        {t(`events.kinds.${e.kind}`)}
                        {e.motto ? ` · ${e.motto}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {e.venue ? `${e.venue}${e.host ? `, ${e.host.name}` : ''}` : t('events.online')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" c="dark">
                        {t(`events.statuses.${e.status}`)}
                      </Badge>
                      {e.myRegistrationStatus && (
                        <Text size="xs">{t(`events.myStatus.${e.myRegistrationStatus}`)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t('events.placesOf', { left: e.placesLeft, capacity: e.capacity })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ))}
    </Stack>
  );
}
