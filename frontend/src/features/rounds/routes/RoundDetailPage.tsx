import { Alert, Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageError } from '../../../components/PageError';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Schemas } from '../../../lib/api/client';
import { useRound, useRoundSites } from '../../../lib/api/rounds';
import { REGION_NAMES } from '../../../lib/regions';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDateTime, formatEuroCents } from '../../../lib/format';
import { useRoundAction, useRoundApplications, type RoundAction } from '../api/rounds';

/** The life-cycle steps among the round's allowedActions, and the request each one sends. */
const STEPS: [Schemas['RoundAllowedAction'], RoundAction][] = [
  ['open', 'opening'],
  ['startReview', 'review-start'],
  ['startFacilitation', 'start'],
  ['close', 'closing'],
];

export function RoundDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const query = useRound(id);
  const sites = useRoundSites(id);
  const action = useRoundAction(id);
  const insider = user.hasRole('steering-group') || user.hasRole('program-office');
  const applications = useRoundApplications(id, insider);
  if (query.isPending) return <Text>{t('common.loading')}</Text>;
  if (query.error) return <PageError error={query.error} />;
  const { round, etag } = query.data;
  // What the caller may do now comes from the server (allowedActions): the page never restates the rules.
  const allowed = new Set(round.allowedActions ?? []);
  const next = STEPS.find(([step]) => allowed.has(step))?.[1];

  return (
    <Stack gap="md" maw={1000}>
      <PageTitle text={`${round.number}. ${round.title}`} />
      <Group>
        <Badge variant="light" c="dark" size="lg">
          {t(`rounds.statuses.${round.status}`)}
        </Badge>
        {allowed.has('apply') && (
          <Button component={Link} to={`/runden/${round.id}/bewerbung`}>
            {t('rounds.apply')}
          </Button>
        )}
        {allowed.has('review') && (
          <Button component={Link} to={`/runden/${round.id}/bewertung`}>
            {t('rounds.review')}
          </Button>
        )}
        {allowed.has('viewSelection') && (
          <Button variant="light" component={Link} to={`/runden/${round.id}/auswahl`}>
            {t('rounds.selection')}
          </Button>
        )}
        {next && (
          <ConfirmButton
            variant="outline"
            loading={action.isPending}
            title={t(`rounds.confirm.${next}.title`)}
            message={t(`rounds.confirm.${next}.text`)}
            irreversible
            onConfirm={() => action.mutate({ action: next, etag })}
          >
            {t(`rounds.actions.${next}`)}
          </ConfirmButton>
        )}
      </Group>
      <ProblemAlert error={action.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <dl>
          <Text component="dt" fw={700}>
            {t('rounds.window')}
          </Text>
          <Text component="dd" mb="xs">
            {round.applicationWindow
              ? `${formatDateTime(round.applicationWindow.opensAt)} – ${formatDateTime(round.applicationWindow.closesAt)}`
              : '–'}
          </Text>
          <Text component="dt" fw={700}>
            {t('rounds.cap')}
          </Text>
          <Text component="dd" mb="xs">
            {formatEuroCents(round.capPerSiteCents)}
          </Text>
          <Text component="dt" fw={700}>
            {t('rounds.budget')}
          </Text>
          <Text component="dd" mb="xs">
            {formatEuroCents(round.totalBudgetCents)}
          </Text>
          <Text component="dt" fw={700}>
            {t('rounds.target')}
          </Text>
          <Text component="dd" mb="xs">
            {round.targetSites}
          </Text>
          <Text component="dt" fw={700}>
            {t('rounds.kinds')}
          </Text>
          <Text component="dd" mb="xs">
            {round.eligibleApplicantKinds.map((k) => t(`rounds.applicantKinds.${k}`)).join(', ')}
          </Text>
        </dl>
        <div>
          <Title order={2} size="h4">
            {t('rounds.criteria')}
          </Title>
          <List>
            {round.criteria.map((c) => (
              <List.Item key={c.key}>
                <Text span fw={600}>
                  {c.title}
                </Text>{' '}
                ({c.weight}){c.description && <Text size="sm">{c.description}</Text>}
              </List.Item>
            ))}
          </List>
          {round.quotas.length > 0 && (
            <>
              <Title order={2} size="h4" mt="sm">
                {t('rounds.quotas')}
              </Title>
              <List>
                {round.quotas.map((q) => (
                  <List.Item key={q.regionKey}>
                    {REGION_NAMES[q.regionKey] ?? q.regionKey}: {q.minSites}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </div>
      </SimpleGrid>
      {round.callText && (
        <Alert color="gray" title={t('rounds.callText')}>
          {round.callText}
        </Alert>
      )}
      {/* While applications come in and are decided on; afterwards the sites below say who was selected. */}
      {['OPEN', 'IN_REVIEW', 'DECIDED'].includes(round.status) && applications.data && applications.data.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('rounds.applicationsIn', { count: applications.data.length })}
          </Title>
          <TableScroll label={t('rounds.applicationsIn', { count: applications.data.length })}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('applications.applicant')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.status')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.submittedOn')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.requested')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {applications.data.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{[a.applicant, ...a.partners].map((p) => p.name).join(', ')}</Table.Td>
                    <Table.Td>{t(`applications.statuses.${a.status}`)}</Table.Td>
                    <Table.Td>{a.submittedAt ? formatDateTime(a.submittedAt) : '–'}</Table.Td>
                    <Table.Td>{formatEuroCents(a.requestedCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
      <Title order={2} size="h3">
        {t('rounds.sites')}
      </Title>
      {sites.data && sites.data.length === 0 && <Text>{t('rounds.noSites')}</Text>}
      {sites.data && sites.data.length > 0 && (
        <TableScroll label={t('rounds.sites')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.applicant')}</Table.Th>
                <Table.Th scope="col">{t('registry.columns.region')}</Table.Th>
                <Table.Th scope="col">{t('rounds.granted')}</Table.Th>
                <Table.Th scope="col">{t('rounds.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sites.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/standorte/${s.id}`}>
                      {s.applicant.name}
                    </Anchor>
                    {s.partners.length > 0 && (
                      <Text size="sm" span>
                        {' '}
                        ({s.partners.map((p) => p.name).join(', ')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{REGION_NAMES[s.regionKey] ?? s.regionKey}</Table.Td>
                  <Table.Td>{formatEuroCents(s.grantedCents)}</Table.Td>
                  <Table.Td>{t(`rounds.siteStatuses.${s.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Anchor component={Link} to="/runden">
        {t('common.back')}
      </Anchor>
    </Stack>
  );
}
