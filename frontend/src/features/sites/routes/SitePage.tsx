import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { PageError } from '../../../components/AccessStates';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { REGION_NAMES } from '../../../lib/api/rounds';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { berlinToday, formatDate, formatEuroCents } from '../../../lib/format';
// Known debt: the site page and the learning network's site panels reach into each other (to be composed at app level).
// eslint-disable-next-line import-x/no-restricted-paths
import { GoodPracticesPanel } from '../../events/components/GoodPracticesPanel';
// Known debt: the site page and the learning network's site panels reach into each other (to be composed at app level).
// eslint-disable-next-line import-x/no-restricted-paths
import { SiteExchangePanel } from '../../events/components/SiteExchangePanel';
import { RoadmapPanel } from '../components/RoadmapPanel';
import {
  useFacilitation,
  useFacilitatorOptions,
  useLedger,
  useSite,
  useSiteAction,
  useSiteMutations,
  type BookingInput,
} from '../api/sites';

type Kind = BookingInput['kind'];
const KINDS: Kind[] = ['FACILITATION_DAYS', 'EVENT', 'TRAVEL', 'MATERIAL'];

/** A site: public facts for everybody; facilitation for its people; budget and ledger for office and steering group. */
export function SitePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const office = user.hasRole('program-office');
  const insider = office || user.hasRole('steering-group');
  const site = useSite(id);
  const facilitation = useFacilitation(id, user.isAuthenticated && !user.hasRole('integration-client'));
  const ledger = useLedger(id, insider);
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
      {facilitation.data && <RoadmapPanel siteId={id} editable={!user.hasRole('steering-group') || office} />}
      {facilitation.data && <SiteExchangePanel siteId={id} />}
      {facilitation.data && <GoodPracticesPanel siteId={id} editable={!user.hasRole('steering-group') || office} />}
      {ledger.data && <LedgerPanel siteId={id} ledger={ledger.data} editable={office} />}
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
  const m = useSiteMutations(siteId);
  const f = data.facilitation;
  const [lead, setLead] = useState<string | null>(f.lead?.id ?? null);
  const [co, setCo] = useState<string | null>(f.co?.id ?? null);
  const [kickoff, setKickoff] = useState(f.kickoffDate ?? '');
  const [final, setFinal] = useState(f.finalPresentationDate ?? '');
  const errors = m.assign.error instanceof ProblemError ? m.assign.error.fieldErrors() : {};
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
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('sites.lead')}
              data={choices}
              value={lead}
              onChange={setLead}
              clearable
              error={errors.leadFacilitatorId}
            />
            <Select
              label={t('sites.co')}
              data={choices}
              value={co}
              onChange={setCo}
              clearable
              error={errors.coFacilitatorId}
            />
            <TextInput
              type="date"
              label={t('sites.kickoff')}
              value={kickoff}
              onChange={(e) => setKickoff(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('sites.finalPresentation')}
              value={final}
              onChange={(e) => setFinal(e.currentTarget.value)}
              error={errors.finalPresentationDate}
            />
          </SimpleGrid>
          {m.assign.error && !(m.assign.error instanceof ProblemError && m.assign.error.problem.errors?.length) && (
            <ProblemAlert error={m.assign.error} />
          )}
          <Button
            style={{ alignSelf: 'flex-start' }}
            loading={m.assign.isPending}
            onClick={() =>
              m.assign.mutate({
                etag: data.etag,
                input: {
                  ...(lead ? { leadFacilitatorId: lead } : {}),
                  ...(co ? { coFacilitatorId: co } : {}),
                  ...(kickoff ? { kickoffDate: kickoff } : {}),
                  ...(final ? { finalPresentationDate: final } : {}),
                },
              })
            }
          >
            {t('sites.saveFacilitation')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}

function LedgerPanel({
  siteId,
  ledger,
  editable,
}: {
  siteId: string;
  ledger: NonNullable<ReturnType<typeof useLedger>['data']>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const m = useSiteMutations(siteId);
  const [kind, setKind] = useState<Kind>('FACILITATION_DAYS');
  const [description, setDescription] = useState('');
  const [euros, setEuros] = useState<number | string>('');
  const [days, setDays] = useState<number | string>('');
  const [date, setDate] = useState(berlinToday());
  const errors = m.book.error instanceof ProblemError ? m.book.error.fieldErrors() : {};
  const percent = ledger.grantedCents === 0 ? 0 : Math.min(100, (100 * ledger.bookedCents) / ledger.grantedCents);
  const summary = t('sites.budgetBar', {
    booked: formatEuroCents(ledger.bookedCents),
    granted: formatEuroCents(ledger.grantedCents),
    remaining: formatEuroCents(ledger.remainingCents),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.book.mutate(
      {
        kind,
        description,
        amountCents: Math.round(Number(euros) * 100),
        bookingDate: date,
        ...(days !== '' ? { days: Number(days) } : {}),
      },
      {
        onSuccess: () => {
          setDescription('');
          setEuros('');
          setDays('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('sites.budget')}
      </Title>
      <Text mb={4}>{summary}</Text>
      <Progress value={percent} size="lg" aria-label={summary} mb="md" />
      <Title order={3} size="h4">
        {t('sites.ledger')}
      </Title>
      {ledger.bookings.length === 0 ? (
        <Text>{t('sites.noBookings')}</Text>
      ) : (
        <TableScroll label={t('sites.ledger')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sites.date')}</Table.Th>
                <Table.Th scope="col">{t('sites.kind')}</Table.Th>
                <Table.Th scope="col">{t('sites.description')}</Table.Th>
                <Table.Th scope="col">{t('sites.days')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('sites.amount')}
                </Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('sites.reverse')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ledger.bookings.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatDate(b.bookingDate)}</Table.Td>
                  <Table.Td>{t(`sites.kinds.${b.kind}`)}</Table.Td>
                  <Table.Td>{b.description}</Table.Td>
                  <Table.Td>{b.days ?? ''}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatEuroCents(b.amountCents)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {b.kind !== 'REVERSAL' && !b.reversedByBookingId && (
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          aria-label={t('sites.reverseOf', { description: b.description })}
                          title={t('sites.confirmReverse')}
                          message={t('sites.confirmReverseText', {
                            description: b.description,
                            amount: formatEuroCents(b.amountCents),
                          })}
                          irreversible
                          onConfirm={() => m.reverse.mutate(b.id)}
                        >
                          {t('sites.reverse')}
                        </ConfirmButton>
                      )}
                      {b.reversedByBookingId && <Text size="xs">{t('sites.reversed')}</Text>}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ProblemAlert error={m.reverse.error} />
      {editable && (
        <form onSubmit={submit} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 5 }} mt="md">
            <Select
              label={t('sites.kind')}
              allowDeselect={false}
              data={KINDS.map((k) => ({ value: k, label: t(`sites.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => setKind((v ?? 'EVENT') as Kind)}
            />
            <TextInput
              label={t('sites.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={errors.description}
            />
            <NumberInput
              label={t('sites.amount')}
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              value={euros}
              onChange={setEuros}
              error={errors.amountCents}
            />
            <NumberInput label={t('sites.days')} min={0} decimalSeparator="," value={days} onChange={setDays} />
            <TextInput
              type="date"
              label={t('sites.date')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.bookingDate}
            />
          </SimpleGrid>
          {m.book.error && !(m.book.error instanceof ProblemError && m.book.error.problem.errors?.length) && (
            <ProblemAlert error={m.book.error} />
          )}
          <Button type="submit" mt="sm" loading={m.book.isPending}>
            {t('sites.book')}
          </Button>
        </form>
      )}
    </Paper>
  );
}
