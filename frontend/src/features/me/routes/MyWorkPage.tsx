import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { PageError } from '../../../components/PageError';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';
import type { Schemas } from '../../../lib/api/client';
import { formatDate, formatDateTime, formatDecimal } from '../../../lib/format';
import { useMyOverview } from '../api/me';
import { TaskList } from '../components/TaskList';

type Action = Schemas['MyAction'];

const ACTION_LINKS: Record<Action, string> = {
  createProgram: '/programme/neu',
  createRound: '/runden/neu',
  createEvent: '/veranstaltungen/neu',
  viewFacilitators: '/prozessbegleitung',
  manageWebhooks: '/integration/webhooks',
  viewDashboard: '/dashboard',
  applyForFunding: '/runden',
  reviewApplications: '/runden',
};

/** "Meine Arbeit": the start page after login — what needs doing, then one's own applications, sites and events. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const overview = useMyOverview();
  const { hash } = useLocation();
  // A menu entry may point at a section ("Meine Bewerbungen"): go there once the answer is shown.
  useEffect(() => {
    if (hash && overview.data) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, overview.data]);
  if (overview.isPending) return <Text>{t('common.loading')}</Text>;
  if (overview.error) return <PageError error={overview.error} />;
  const o = overview.data;
  return (
    <Stack gap="lg" maw={1000}>
      <PageTitle text={t('me.title')} />
      {o.allowedActions.length > 0 && (
        <Group gap="xs" aria-label={t('me.actions')} role="group">
          {o.allowedActions.map((a) => (
            <Button key={a} component={Link} to={ACTION_LINKS[a]} variant="light" size="sm">
              {t(`me.action.${a}`)}
            </Button>
          ))}
        </Group>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">
          {t('me.tasksTitle')}
        </Title>
        <TaskList tasks={o.tasks} />
      </Paper>

      {o.applications.length > 0 && (
        <section aria-labelledby="my-applications">
          <Title order={2} size="h3" mb="sm" id="my-applications">
            {t('me.applications')}
          </Title>
          <TableScroll label={t('me.applications')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('me.round')}</Table.Th>
                  <Table.Th>{t('rounds.status')}</Table.Th>
                  <Table.Th>{t('me.nextStepTitle')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {o.applications.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/runden/${a.roundId}/bewerbung`}>
                        {a.roundNumber}. {a.roundTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`applications.statuses.${a.status}`)}</Table.Td>
                    <Table.Td>
                      {t(`me.nextStep.${a.nextStep}`, {
                        date: a.windowClosesAt ? formatDateTime(a.windowClosesAt) : '',
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </section>
      )}

      {o.sites.length > 0 && (
        <section aria-labelledby="my-sites">
          <Title order={2} size="h3" mb="sm" id="my-sites">
            {t('me.sites')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {o.sites.map((s) => (
              <Card withBorder key={s.id}>
                <Title order={3} size="h4" mb={4}>
                  <Anchor component={Link} to={`/standorte/${s.id}`}>
                    {s.name}
                  </Anchor>
                </Title>
                <Text size="sm" mb="xs">
                  {s.roundTitle} · {t(`rounds.siteStatuses.${s.status}`)}
                  {s.roadmapStatus && ` · ${t('roadmap.title')}: ${t(`roadmap.roadmapStatuses.${s.roadmapStatus}`)}`}
                </Text>
                {s.progress !== undefined && (
                  <>
                    <Text size="sm">{t('me.progress', { percent: formatDecimal(s.progress, 0) })}</Text>
                    <Progress
                      value={s.progress}
                      mb="xs"
                      aria-label={t('me.progress', { percent: formatDecimal(s.progress, 0) })}
                    />
                  </>
                )}
                {s.nextMilestones.length > 0 && (
                  <>
                    <Text size="sm" fw={700}>
                      {t('me.nextMilestones')}
                    </Text>
                    <List size="sm">
                      {s.nextMilestones.map((m) => (
                        <List.Item key={m.id}>
                          {m.title}
                          {m.dueDate && ` – ${formatDate(m.dueDate)}`}
                          {m.overdue && (
                            <Badge ml="xs" size="sm" variant="outline" color="red.9">
                              {t('me.urgency.OVERDUE')}
                            </Badge>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}

      {o.events.length > 0 && (
        <section aria-labelledby="my-events">
          <Title order={2} size="h3" mb="sm" id="my-events">
            {t('me.events')}
          </Title>
          <List spacing="xs">
            {o.events.map((e) => (
              <List.Item key={e.id}>
                <Anchor component={Link} to={`/veranstaltungen/${e.id}`}>
                  {e.title}
                </Anchor>{' '}
                – {formatDateTime(e.startsAt)} · {t(`events.statuses.${e.status}`)} ·{' '}
                {t('me.places', { registered: e.registered, capacity: e.capacity })}
              </List.Item>
            ))}
          </List>
        </section>
      )}

      {o.registrations.length > 0 && (
        <section aria-labelledby="my-registrations">
          <Title order={2} size="h3" mb="sm" id="my-registrations">
            {t('me.registrations')}
          </Title>
          <List spacing="xs">
            {o.registrations.map((r) => (
              <List.Item key={r.id}>
                <Anchor component={Link} to={`/veranstaltungen/${r.eventId}`}>
                  {r.eventTitle}
                </Anchor>{' '}
                – {formatDateTime(r.startsAt)} · {r.personName}: {t(`events.registrationStatuses.${r.status}`)}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
