import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageError } from '../../../components/PageError';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { REGION_NAMES } from '../../../lib/regions';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDate, formatEuroCents } from '../../../lib/format';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import { useAssignFacilitation, useFacilitation, useFacilitatorOptions, useSite, useSiteAction } from '../api/sites';

/** What the site page hands to a panel of another feature: the site, and whether the viewer may change it there. */
export type SitePanelProps = { siteId: string; editable: boolean };

interface Props {
  /** The site's work from other features (roadmap, exchange, good practices), for whoever may read its facilitation. */
  renderWorkPanels: (site: SitePanelProps) => ReactNode;
  /** The site's budget, for the programme office and the steering group. */
  renderBudgetPanel: (site: SitePanelProps) => ReactNode;
}

/**
 * A site: public facts for everybody; facilitation for its people; the panels of other features (composed at app
 * level, features do not import each other) for its people and for office and steering group.
 */
export function SitePage({ renderWorkPanels, renderBudgetPanel }: Props) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const office = user.hasRole('program-office');
  const insider = office || user.hasRole('steering-group');
  const site = useSite(id);
  const facilitation = useFacilitation(id, user.isAuthenticated && !user.hasRole('integration-client'));
  const action = useSiteAction(id);
  if (site.isPending) return <Text>{t('common.loading')}</Text>;
  if (site.error) return <PageError error={site.error} />;
  const s = site.data;
  const name = [s.applicant, ...s.partners].map((p) => p.name).join(', ');
  return (
    <Stack gap="md" maw={1000}>
      <PageTitle text={t('sites.title', { name })} />
      <Group>
        <Badge size="lg" variant="light" c="dark">
          {t(`rounds.siteStatuses.${s.status}`)}
        </Badge>
        <Text>
          {REGION_NAMES[s.regionKey]} · {t('rounds.granted')}: {formatEuroCents(s.grantedCents)}
        </Text>
        <Anchor component={Link} to={`/runden/${s.roundId}`}>
          {t('sites.round')}
        </Anchor>
        {office && s.status === 'ONBOARDING' && (
          <Button size="xs" onClick={() => action.mutate({ action: 'activation', etag: s.etag })}>
            {t('sites.activate')}
          </Button>
        )}
        {office && s.status === 'ACTIVE' && (
          <ConfirmButton
            size="xs"
            title={t('sites.confirmComplete')}
            message={t('sites.confirmCompleteText', { name: s.applicant.name })}
            irreversible
            onConfirm={() => action.mutate({ action: 'completion', etag: s.etag })}
          >
            {t('sites.complete')}
          </ConfirmButton>
        )}
        {office && (s.status === 'ONBOARDING' || s.status === 'ACTIVE') && (
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            onClick={() => {
              const reason = window.prompt(t('sites.discontinueReason'));
              if (reason) action.mutate({ action: 'discontinuation', etag: s.etag, reason });
            }}
          >
            {t('sites.discontinue')}
          </Button>
        )}
      </Group>
      {s.statusReason && <Text>{s.statusReason}</Text>}
      <ProblemAlert error={action.error} />
      {!user.isAuthenticated && (
        <Alert color="pakt" title={t('states.loginRequired.title')}>
          <Text size="sm" mb="xs">
            {t('sites.signInForMore')}
          </Text>
          <Button size="xs" onClick={user.login}>
            {t('states.loginRequired.action')}
          </Button>
        </Alert>
      )}
      {user.isAuthenticated && facilitation.error instanceof ProblemError && facilitation.error.status !== 500 && (
        <Alert color="pakt" title={t('states.noAccess.title')}>
          {t('sites.notYours')}
        </Alert>
      )}
      {facilitation.data && <FacilitationPanel siteId={id} data={facilitation.data} editable={office} />}
      {facilitation.data && renderWorkPanels({ siteId: id, editable: !user.hasRole('steering-group') || office })}
      {insider && renderBudgetPanel({ siteId: id, editable: office })}
    </Stack>
  );
}

function FacilitationPanel({
  siteId,
  data,
  editable,
}: {
  siteId: string;
  data: NonNullable<ReturnType<typeof useFacilitation>['data']>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const options = useFacilitatorOptions(editable);
  const assign = useAssignFacilitation(siteId);
  const f = data.facilitation;
  const form = useContractForm({
    schema: 'FacilitationInput',
    initialValues: {
      leadFacilitatorId: f.lead?.id ?? null,
      coFacilitatorId: f.co?.id ?? null,
      kickoffDate: f.kickoffDate ?? '',
      finalPresentationDate: f.finalPresentationDate ?? '',
    },
    toInput: (v) => ({
      ...(v.leadFacilitatorId ? { leadFacilitatorId: v.leadFacilitatorId } : {}),
      ...(v.coFacilitatorId ? { coFacilitatorId: v.coFacilitatorId } : {}),
      ...(v.kickoffDate ? { kickoffDate: v.kickoffDate } : {}),
      ...(v.finalPresentationDate ? { finalPresentationDate: v.finalPresentationDate } : {}),
    }),
    serverErrors: fieldErrorsOf(assign.error),
  });
  const choices = (options.data ?? []).map((x) => ({
    value: x.id,
    label: `${x.name} (${t('facilitators.workloadOf', { assigned: x.assignedSites, capacity: x.capacity })})`,
  }));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('sites.facilitation')}
      </Title>
      {!editable ? (
        <Text>
          {t('sites.lead')}: {f.lead?.name ?? t('sites.none')} · {t('sites.co')}: {f.co?.name ?? t('sites.none')}
          {f.kickoffDate && ` · ${t('sites.kickoff')}: ${formatDate(f.kickoffDate)}`}
          {f.finalPresentationDate && ` · ${t('sites.finalPresentation')}: ${formatDate(f.finalPresentationDate)}`}
        </Text>
      ) : (
        <form onSubmit={form.onSubmit((input) => assign.mutate({ etag: data.etag, input }))} noValidate>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('sites.lead')} data={choices} clearable {...form.getInputProps('leadFacilitatorId')} />
              <Select label={t('sites.co')} data={choices} clearable {...form.getInputProps('coFacilitatorId')} />
              <TextInput type="date" label={t('sites.kickoff')} {...form.getInputProps('kickoffDate')} />
              <TextInput
                type="date"
                label={t('sites.finalPresentation')}
                {...form.getInputProps('finalPresentationDate')}
              />
            </SimpleGrid>
            <ProblemAlert error={unlessShownAtFields(assign.error)} />
            <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={assign.isPending}>
              {t('sites.saveFacilitation')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
