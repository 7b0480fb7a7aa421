import { BarChart } from '@mantine/charts';
import {
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BwMap } from '../../../components/BwMap';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Schemas } from '../../../lib/api/client';
import { useRounds } from '../../../lib/api/rounds';
import { measureStatusValues } from '../../../lib/api/schema';
import { REGION_NAMES } from '../../../lib/regions';
import { formatDate, formatDateTime, formatDecimal, formatEuroCents, formatNumber } from '../../../lib/format';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useCohorts, useDashboard, useReportDownload, type Cohort, type DashboardFilters } from '../api/dashboard';
import { DataTable } from '../components/DataTable';

const SHADES = ['#eef4fb', '#9fc1e8', '#4f86c6', '#174f92'];
/** Each measure status: the field of the figures that counts it, and its colour in the chart. */
const MEASURE_STATUS_SERIES: Record<
  Schemas['MeasureStatus'],
  { count: keyof Schemas['MeasureCounts']; color: string }
> = {
  PLANNED: { count: 'planned', color: 'gray.6' },
  IN_PROGRESS: { count: 'inProgress', color: 'blue.6' },
  DONE: { count: 'done', color: 'teal.8' },
  ON_HOLD: { count: 'onHold', color: 'orange.7' },
  DROPPED: { count: 'dropped', color: 'red.8' },
};

/** Reads the dashboard's filters from the URL, so a filtered view can be shared as a link. */
export function useDashboardFilters(): [
  DashboardFilters,
  URLSearchParams,
  (key: string, value: string | null) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = {
    programId: params.get('programm') ?? undefined,
    roundId: params.get('runde') ?? undefined,
    regionKey: params.get('bezirk') ?? undefined,
  };
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [filters, params, set];
}

/** The query string of a drill-down: the dashboard's filters plus what the number counts. */
function drill(params: URLSearchParams, extra: Record<string, string> = {}) {
  const next = new URLSearchParams();
  for (const key of ['programm', 'runde', 'bezirk']) if (params.get(key)) next.set(key, params.get(key)!);
  Object.entries(extra).forEach(([k, v]) => next.set(k, v));
  const q = next.toString();
  return q ? `?${q}` : '';
}

function Kpi({ label, value, to }: { label: string; value: string; to: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Anchor
        component={Link}
        to={to}
        fz={22}
        fw={700}
        style={{ overflowWrap: 'anywhere' }}
        aria-label={`${label}: ${value}`}
      >
        {value}
      </Anchor>
    </Card>
  );
}

/** The steering group's first screen: every figure at a glance, each one a link to the list behind it. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [filters, params, set] = useDashboardFilters();
  const programs = usePublishedPrograms();
  const rounds = useRounds();
  const dashboard = useDashboard(filters);
  const cohorts = useCohorts(filters.programId);
  const report = useReportDownload();
  const d = dashboard.data;
  const q = (extra?: Record<string, string>) => drill(params, extra);
  const perDistrict = new Map((d?.districts ?? []).map((x) => [x.key, x.sites]));
  const budgetData = (d?.budget.rounds ?? []).map((r) => ({
    round: r.title,
    [t('dashboard.granted')]: r.grantedCents / 100,
    [t('dashboard.booked')]: r.bookedCents / 100,
  }));
  const topicData = (d?.measuresByTopic ?? []).map((x) => ({
    topic: x.topic?.name ?? t('dashboard.noTopic'),
    ...Object.fromEntries(
      measureStatusValues.map((s) => [t(`roadmap.statuses.${s}`), x.measures[MEASURE_STATUS_SERIES[s].count]]),
    ),
  }));
  const euro = (v: number) => formatEuroCents(Math.round(v * 100));
  return (
    <Stack gap="md">
      <PageTitle text={t('dashboard.title')} />
      <Group align="flex-end">
        <Select
          label={t('dashboard.program')}
          clearable
          value={filters.programId ?? null}
          onChange={(v) => set('programm', v)}
          w={320}
          data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
        <Select
          label={t('dashboard.round')}
          clearable
          value={filters.roundId ?? null}
          onChange={(v) => set('runde', v)}
          w={240}
          data={(rounds.data ?? [])
            .filter((r) => !filters.programId || r.programId === filters.programId)
            .map((r) => ({ value: r.id, label: r.title }))}
        />
        <Select
          label={t('dashboard.region')}
          clearable
          value={filters.regionKey ?? null}
          onChange={(v) => set('bezirk', v)}
          w={200}
          data={Object.entries(REGION_NAMES).map(([value, label]) => ({ value, label }))}
        />
        {filters.roundId && (
          <Button variant="default" loading={report.isPending} onClick={() => report.mutate(filters.roundId!)}>
            {t('dashboard.report')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={dashboard.error ?? report.error} />
      {d && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }}>
            <Kpi
              label={t('dashboard.received')}
              value={formatNumber(d.applications.received)}
              to={`/dashboard/liste/applications${q()}`}
            />
            <Kpi
              label={t('dashboard.selected')}
              value={formatNumber(d.applications.selected)}
              to={`/dashboard/liste/applications${q({ status: 'SELECTED' })}`}
            />
            <Kpi
              label={t('dashboard.waitlisted')}
              value={formatNumber(d.applications.waitlisted)}
              to={`/dashboard/liste/applications${q({ status: 'WAITLISTED' })}`}
            />
            <Kpi
              label={t('dashboard.rejected')}
              value={formatNumber(d.applications.rejected)}
              to={`/dashboard/liste/applications${q({ status: 'REJECTED' })}`}
            />
            <Kpi label={t('dashboard.sites')} value={formatNumber(d.sites.total)} to={`/dashboard/liste/sites${q()}`} />
            <Kpi
              label={t('dashboard.activeSites')}
              value={formatNumber(d.sites.active)}
              to={`/dashboard/liste/sites${q({ status: 'ACTIVE' })}`}
            />
            <Kpi
              label={t('dashboard.granted')}
              value={formatEuroCents(d.budget.grantedCents)}
              to={`/dashboard/liste/sites${q()}`}
            />
            <Kpi
              label={t('dashboard.booked')}
              value={formatEuroCents(d.budget.bookedCents)}
              to={`/dashboard/liste/budget${q()}`}
            />
            <Kpi
              label={t('dashboard.progress')}
              value={d.progress === undefined ? '–' : `${formatDecimal(d.progress, 0)} %`}
              to={`/dashboard/liste/measures${q()}`}
            />
            <Kpi
              label={t('dashboard.overdue')}
              value={formatNumber(d.milestones.overdue)}
              to={`/dashboard/liste/milestones${q({ status: 'OVERDUE' })}`}
            />
            <Kpi
              label={t('dashboard.eventsHeld')}
              value={formatNumber(d.events.held)}
              to={`/dashboard/liste/events${q({ status: 'HELD' })}`}
            />
            <Kpi
              label={t('dashboard.attended')}
              value={formatNumber(d.events.attended)}
              to={`/dashboard/liste/attendance${q()}`}
            />
          </SimpleGrid>
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h3" mb="sm">
                  {t('dashboard.budgetTitle')}
                </Title>
                <div role="img" aria-label={t('dashboard.budgetChart')}>
                  <BarChart
                    h={240}
                    data={budgetData}
                    dataKey="round"
                    valueFormatter={euro}
                    withLegend
                    series={[
                      { name: t('dashboard.granted'), color: 'pakt.3' },
                      { name: t('dashboard.booked'), color: 'pakt.8' },
                    ]}
                  />
                </div>
                <details>
                  <summary>{t('dashboard.asTable')}</summary>
                  <DataTable
                    caption={t('dashboard.budgetTitle')}
                    head={[t('dashboard.round'), t('dashboard.granted'), t('dashboard.booked')]}
                    rows={(d.budget.rounds ?? []).map((r) => [
                      r.title,
                      formatEuroCents(r.grantedCents),
                      formatEuroCents(r.bookedCents),
                    ])}
                  />
                </details>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h3" mb="sm">
                  {t('dashboard.mapTitle')}
                </Title>
                <BwMap
                  label={t('dashboard.mapLabel', { count: d.sites.total })}
                  fillFor={(x) => SHADES[Math.min(3, perDistrict.get(x.key) ?? 0)]!}
                />
                <details>
                  <summary>{t('dashboard.asTable')}</summary>
                  <DataTable
                    caption={t('dashboard.mapTitle')}
                    head={[t('dashboard.regionColumn'), t('dashboard.sites')]}
                    rows={d.regions.map((r) => [REGION_NAMES[r.key] ?? r.key, r.sites])}
                  />
                </details>
              </Paper>
            </Grid.Col>
          </Grid>
          <Paper withBorder p="md">
            <Title order={2} size="h3" mb="sm">
              {t('dashboard.measuresTitle')}
            </Title>
            <div role="img" aria-label={t('dashboard.measuresChart')}>
              <BarChart
                h={Math.max(200, topicData.length * 42)}
                data={topicData}
                dataKey="topic"
                type="stacked"
                orientation="vertical"
                yAxisProps={{ width: 220 }}
                withLegend
                series={measureStatusValues.map((s) => ({
                  name: t(`roadmap.statuses.${s}`),
                  color: MEASURE_STATUS_SERIES[s].color,
                }))}
              />
            </div>
            <details>
              <summary>{t('dashboard.asTable')}</summary>
              <DataTable
                caption={t('dashboard.measuresTitle')}
                head={[t('dashboard.topic'), ...measureStatusValues.map((s) => t(`roadmap.statuses.${s}`))]}
                rows={(d.measuresByTopic ?? []).map((x) => [
                  x.topic?.name ?? t('dashboard.noTopic'),
                  ...measureStatusValues.map((s) => x.measures[MEASURE_STATUS_SERIES[s].count]),
                ])}
              />
            </details>
          </Paper>
          <Grid>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h3" mb="sm">
                  {t('dashboard.milestonesTitle')}
                </Title>
                <Text mb="xs">
                  <Anchor component={Link} to={`/dashboard/liste/milestones${q({ status: 'OVERDUE' })}`}>
                    {t('dashboard.overdueCount', { count: d.milestones.overdue })}
                  </Anchor>
                  {' · '}
                  <Anchor component={Link} to={`/dashboard/liste/milestones${q({ status: 'DUE' })}`}>
                    {t('dashboard.dueSoonCount', { count: d.milestones.dueSoon })}
                  </Anchor>
                </Text>
                <Timeline bulletSize={14} lineWidth={2}>
                  {d.milestones.next.map((m, i) => (
                    <Timeline.Item
                      key={i}
                      title={`${m.site.applicant.name}: ${m.title}`}
                      color={m.overdue ? 'red.9' : 'pakt'}
                    >
                      <Text size="sm">
                        {m.overdue
                          ? t('roadmap.overdue', { date: formatDate(m.dueDate) })
                          : t('roadmap.due', { date: formatDate(m.dueDate) })}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h3" mb="sm">
                  {t('dashboard.eventsTitle')}
                </Title>
                {d.events.upcomingEvents.length === 0 ? (
                  <Text>{t('portal.noEvents')}</Text>
                ) : (
                  d.events.upcomingEvents.map((e) => (
                    <Text key={e.id}>
                      <Anchor component={Link} to={`/veranstaltungen/${e.id}`}>
                        {e.title}
                      </Anchor>{' '}
                      · {formatDateTime(e.startsAt)}
                    </Text>
                  ))
                )}
                <Title order={3} size="h4" mt="md" mb="xs">
                  {t('dashboard.workload')}
                </Title>
                <Table withTableBorder fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('dashboard.facilitator')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.load')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.facilitators.map((f) => (
                      <Table.Tr key={f.facilitatorId}>
                        <Table.Td>{f.name}</Table.Td>
                        <Table.Td>
                          {t('facilitators.workloadOf', { assigned: f.assignedSites, capacity: f.capacity })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Anchor component={Link} to={`/dashboard/liste/facilitators${q()}`} size="sm">
                  {t('dashboard.asList')}
                </Anchor>
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
      {cohorts.data && cohorts.data.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('dashboard.cohortsTitle')}
          </Title>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.indicator')}</Table.Th>
                {cohorts.data.map((c) => (
                  <Table.Th key={c.roundId} scope="col" style={{ textAlign: 'right' }}>
                    {c.title}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(
                [
                  [t('dashboard.received'), (c) => formatNumber(c.applications.received), 'applications', undefined],
                  [t('dashboard.selected'), (c) => formatNumber(c.applications.selected), 'applications', 'SELECTED'],
                  [t('dashboard.sites'), (c) => formatNumber(c.sites.total), 'sites', undefined],
                  [t('dashboard.granted'), (c) => formatEuroCents(c.grantedCents), 'sites', undefined],
                  [t('dashboard.booked'), (c) => formatEuroCents(c.bookedCents), 'budget', undefined],
                  [
                    t('dashboard.progress'),
                    (c) => (c.progress === undefined ? '–' : `${formatDecimal(c.progress, 0)} %`),
                    'measures',
                    undefined,
                  ],
                  [t('dashboard.measuresDone'), (c) => formatNumber(c.measures.done), 'measures', 'DONE'],
                  [t('dashboard.eventsHeld'), (c) => formatNumber(c.eventsHeld), 'events', 'HELD'],
                  [t('dashboard.attended'), (c) => formatNumber(c.attended), 'attendance', undefined],
                ] as [string, (c: Cohort) => string, string, string | undefined][]
              ).map(([label, value, list, status]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row">{label}</Table.Th>
                  {cohorts.data.map((c) => (
                    <Table.Td key={c.roundId} style={{ textAlign: 'right' }}>
                      <Anchor
                        component={Link}
                        to={`/dashboard/liste/${list}?runde=${c.roundId}${status ? `&status=${status}` : ''}`}
                        aria-label={`${label}, ${c.title}: ${value(c)}`}
                      >
                        {value(c)}
                      </Anchor>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
