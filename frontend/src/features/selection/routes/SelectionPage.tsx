import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { BwMap } from '../../../components/BwMap';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRound } from '../../../lib/api/rounds';
import { decisionOutcomeValues } from '../../../lib/api/schema';
import { REGION_NAMES } from '../../../lib/regions';
import { formatDecimal, formatEuroCents, formatNumber } from '../../../lib/format';
import { centsOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import { focusFirstInvalidFieldWhenShown } from '../../../lib/invalidFieldFocus';
import { useDecisions, useProposal, useRanking, useSaveDecision, type DecisionInput } from '../api/selection';

type Outcome = DecisionInput['entries'][number]['outcome'];
interface Row {
  outcome: Outcome;
  grantedEuro: number | string;
  waitlistRank: number | string;
  reason: string;
}

const score = (v?: number) => (v === undefined ? '–' : formatDecimal(v, 2));

/** Ranking, the computed proposal and the steering group's decision side by side, with the constraints live. */
export function SelectionPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  const ranking = useRanking(roundId);
  const proposal = useProposal(roundId);
  const decisions = useDecisions(roundId);
  const error = round.error ?? ranking.error ?? proposal.error ?? decisions.error;
  if (round.data && (round.data.round.status === 'DRAFT' || round.data.round.status === 'OPEN')) {
    // Before the review there is nothing to rank: say so instead of an empty decision.
    return (
      <Stack gap="md" maw={900}>
        <PageTitle
          text={t('selection.rankingTitle', { round: `${round.data.round.number}. ${round.data.round.title}` })}
        />
        <Alert color="pakt" role="status" title={t(`rounds.statuses.${round.data.round.status}`)}>
          {t('selection.rankingNotYet')}
        </Alert>
      </Stack>
    );
  }
  if (error) return <ProblemAlert error={error} />;
  if (!round.data || !ranking.data || !proposal.data || !decisions.data) return <Text>{t('common.loading')}</Text>;
  const draft = decisions.data.find((d) => d.status === 'DRAFT');
  const latest = draft ?? decisions.data.find((d) => d.status === 'FINAL');
  return (
    <Stack gap="md">
      <PageTitle
        text={t('selection.rankingTitle', { round: `${round.data.round.number}. ${round.data.round.title}` })}
      />
      {decisions.data.length > 0 && (
        <Text>
          {decisions.data
            .map((d) =>
              t('selection.revision', { revision: d.revision, status: t(`selection.decisionStatuses.${d.status}`) }),
            )
            .join(' · ')}
        </Text>
      )}
      <DecisionEditor
        key={latest?.id ?? 'new'}
        round={round.data.round}
        ranking={ranking.data}
        proposal={proposal.data}
        latest={latest}
        draftId={draft?.id}
      />
    </Stack>
  );
}

type Ranking = NonNullable<ReturnType<typeof useRanking>['data']>;
type Proposal = NonNullable<ReturnType<typeof useProposal>['data']>;
type Decision = NonNullable<ReturnType<typeof useDecisions>['data']>[number];
type RoundT = NonNullable<ReturnType<typeof useRound>['data']>['round'];

function DecisionEditor({
  round,
  ranking,
  proposal,
  latest,
  draftId,
}: {
  round: RoundT;
  ranking: Ranking;
  proposal: Proposal;
  latest?: Decision;
  draftId?: string;
}) {
  const { t } = useTranslation();
  const save = useSaveDecision(round.id);
  const criterionTitles = new Map(round.criteria.map((c) => [c.key, c.title]));
  const [confirming, setConfirming] = useState(false);
  const readOnly = latest?.status === 'FINAL' || !['IN_REVIEW', 'DECIDED', 'RUNNING'].includes(round.status);
  const proposalById = useMemo(() => new Map(proposal.entries.map((e) => [e.applicationId, e])), [proposal]);
  const fromProposal = (): Record<string, Row> =>
    Object.fromEntries(
      ranking.items.map((item) => {
        const p = proposalById.get(item.applicationId);
        return [
          item.applicationId,
          p?.selected
            ? { outcome: 'SELECTED' as Outcome, grantedEuro: item.requestedCents / 100, waitlistRank: '', reason: '' }
            : { outcome: 'REJECTED' as Outcome, grantedEuro: '', waitlistRank: '', reason: p?.explanation ?? '' },
        ];
      }),
    );
  // The entries go in ranking order, and the server names them by that position: its errors go to the row's field.
  const entryApplications = (rows: Record<string, Row>) => ranking.items.filter((i) => rows[i.applicationId]);
  const form = useContractForm({
    schema: 'DecisionInput',
    initialValues: {
      meetingDate: latest?.meetingDate ?? new Date().toISOString().slice(0, 10),
      members: latest?.membersPresent.join(', ') ?? '',
      rationale: latest?.rationale ?? '',
      overrideJustification: latest?.overrideJustification ?? '',
      rows: latest
        ? Object.fromEntries(
            latest.entries.map((e): [string, Row] => [
              e.applicationId,
              {
                outcome: e.outcome,
                grantedEuro: e.grantedCents ? e.grantedCents / 100 : '',
                waitlistRank: e.waitlistRank ?? '',
                reason: e.reason ?? '',
              },
            ]),
          )
        : fromProposal(),
    },
    toInput: (v): DecisionInput => ({
      meetingDate: v.meetingDate,
      membersPresent: v.members
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
      rationale: v.rationale,
      overrideJustification: v.overrideJustification || undefined,
      entries: entryApplications(v.rows).map((i) => {
        const r = v.rows[i.applicationId]!;
        return {
          applicationId: i.applicationId,
          outcome: r.outcome,
          ...(r.outcome === 'SELECTED' && r.grantedEuro !== '' ? { grantedCents: centsOf(r.grantedEuro) } : {}),
          ...(r.outcome === 'WAITLISTED' && r.waitlistRank !== '' ? { waitlistRank: Number(r.waitlistRank) } : {}),
          ...(r.outcome === 'REJECTED' && r.reason ? { reason: r.reason } : {}),
        };
      }),
    }),
    fieldPaths: (v) => ({
      membersPresent: 'members',
      ...Object.fromEntries(
        entryApplications(v.rows).flatMap((i, index) => [
          [`entries.${index}`, `rows.${i.applicationId}.outcome`],
          [`entries.${index}.grantedCents`, `rows.${i.applicationId}.grantedEuro`],
          [`entries.${index}.waitlistRank`, `rows.${i.applicationId}.waitlistRank`],
          [`entries.${index}.reason`, `rows.${i.applicationId}.reason`],
        ]),
      ),
    }),
    serverErrors: fieldErrorsOf(save.error),
  });

  const { rows } = form.values;
  const selected = ranking.items.filter((i) => rows[i.applicationId]?.outcome === 'SELECTED');
  const granted = selected.reduce(
    (sum, i) => sum + Math.round(Number(rows[i.applicationId]?.grantedEuro || 0) * 100),
    0,
  );
  const quotaState = round.quotas.map((q) => ({
    ...q,
    selected: selected.filter((i) => i.regionKey === q.regionKey).length,
  }));
  const count = (o: Outcome) => ranking.items.filter((i) => rows[i.applicationId]?.outcome === o).length;

  const saveDecision = (finalise: boolean) =>
    form.onSubmit((input) => save.mutate({ draftId, input, finalise }, { onSettled: () => setConfirming(false) }))();
  const quotaColour = (regionKey: string) => {
    const q = quotaState.find((x) => x.regionKey === regionKey);
    return !q ? '#f1f3f5' : q.selected >= q.minSites ? '#b2f2bb' : '#ffc9c9';
  };

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="sm">
          <Text fw={700}>{t('selection.proposal')}</Text>
          <Text>
            {t('selection.budgetUsed', {
              used: formatEuroCents(proposal.budgetUsedCents),
              total: formatEuroCents(proposal.totalBudgetCents),
            })}
          </Text>
          <Text>{t('selection.sitesUsed', { count: proposal.selectedSites, target: proposal.targetSites })}</Text>
          {proposal.quotas.map((q) => (
            <Text key={q.regionKey}>
              {q.met ? '✓' : '✗'}{' '}
              {t('selection.quota', { name: q.regionName, selected: q.selectedSites, min: q.minSites })}
            </Text>
          ))}
        </Paper>
        <Paper withBorder p="sm" aria-live="polite">
          <Text fw={700}>{t('selection.decision')}</Text>
          <Text>
            {granted > round.totalBudgetCents ? '✗' : '✓'}{' '}
            {t('selection.budgetUsed', {
              used: formatEuroCents(granted),
              total: formatEuroCents(round.totalBudgetCents),
            })}
          </Text>
          <Text>
            {selected.length > round.targetSites ? '✗' : '✓'}{' '}
            {t('selection.sitesUsed', { count: selected.length, target: round.targetSites })}
          </Text>
          {quotaState.map((q) => (
            <Text key={q.regionKey}>
              {q.selected >= q.minSites ? '✓' : '✗'}{' '}
              {t('selection.quota', { name: REGION_NAMES[q.regionKey], selected: q.selected, min: q.minSites })}
            </Text>
          ))}
        </Paper>
        <BwMap
          label={`${t('selection.decision')}: ${quotaState.map((q) => t('selection.quota', { name: REGION_NAMES[q.regionKey], selected: q.selected, min: q.minSites })).join('; ') || t('rounds.quotas')}`}
          fillFor={(d) => quotaColour(d.regionKey)}
        />
      </SimpleGrid>
      {latest && latest.violations.length > 0 && (
        <Alert color="red.9" title={t('selection.violations')}>
          <List>
            {latest.violations.map((v) => (
              <List.Item key={v}>{v}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!readOnly && (
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.setFieldValue('rows', fromProposal())}
        >
          {t('selection.useProposal')}
        </Button>
      )}
      <TableScroll label={t('selection.ranking')}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('selection.rank')}</Table.Th>
              <Table.Th scope="col">{t('applications.applicant')}</Table.Th>
              <Table.Th scope="col">{t('selection.score')}</Table.Th>
              <Table.Th scope="col">{t('selection.computation')}</Table.Th>
              <Table.Th scope="col">{t('selection.requested')}</Table.Th>
              <Table.Th scope="col">{t('selection.proposal')}</Table.Th>
              <Table.Th scope="col">{t('selection.decision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranking.items.map((item) => {
              const p = proposalById.get(item.applicationId);
              const row = rows[item.applicationId];
              const name = item.applicant.name;
              return (
                <Table.Tr key={item.applicationId}>
                  <Table.Td>{item.rank}</Table.Td>
                  <Table.Td>
                    {name}{' '}
                    <Text size="xs" span>
                      ({REGION_NAMES[item.regionKey]})
                    </Text>
                  </Table.Td>
                  <Table.Td>{score(item.weightedScore)}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {item.criteria
                        .map(
                          (c) =>
                            `${criterionTitles.get(c.criterionKey) ?? c.criterionKey} ${score(c.mean)} (${t('selection.weight')} ${c.weight})`,
                        )
                        .join(' · ')}
                      {' · '}
                      {formatNumber(item.countingReviews)} {t('selection.reviews')}
                      {item.conflicts > 0 ? `, ${item.conflicts} ${t('selection.conflicts')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatEuroCents(item.requestedCents)}</Table.Td>
                  <Table.Td>
                    {p && (
                      <Badge variant="light" color={p.selected ? 'green' : 'gray'} c="dark">
                        {p.selected ? '✓ ' : ''}
                        {t(`selection.reasons.${p.reason}`)}
                      </Badge>
                    )}
                    {p && <Text size="xs">{p.explanation}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {row &&
                      (readOnly ? (
                        <Text>
                          {t(`selection.outcomes.${row.outcome}`)}
                          {row.outcome === 'SELECTED' && row.grantedEuro !== ''
                            ? `: ${formatEuroCents(Number(row.grantedEuro) * 100)}`
                            : ''}
                        </Text>
                      ) : (
                        <Stack gap={4}>
                          <Select
                            size="xs"
                            aria-label={t('selection.outcome', { name })}
                            allowDeselect={false}
                            data={decisionOutcomeValues.map((o) => ({
                              value: o,
                              label: t(`selection.outcomes.${o}`),
                            }))}
                            {...form.getInputProps(`rows.${item.applicationId}.outcome`)}
                          />
                          {row.outcome === 'SELECTED' && (
                            <NumberInput
                              size="xs"
                              aria-label={t('selection.grantedFor', { name })}
                              min={1}
                              thousandSeparator="."
                              decimalSeparator=","
                              {...form.getInputProps(`rows.${item.applicationId}.grantedEuro`)}
                            />
                          )}
                          {row.outcome === 'WAITLISTED' && (
                            <NumberInput
                              size="xs"
                              aria-label={t('selection.waitlistFor', { name })}
                              min={1}
                              {...form.getInputProps(`rows.${item.applicationId}.waitlistRank`)}
                            />
                          )}
                          {row.outcome === 'REJECTED' && (
                            <TextInput
                              size="xs"
                              aria-label={t('selection.reasonFor', { name })}
                              {...form.getInputProps(`rows.${item.applicationId}.reason`)}
                            />
                          )}
                        </Stack>
                      ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {!readOnly && (
        <Stack maw={820} gap="sm">
          <Title order={2} size="h3">
            {t('selection.decision')}
          </Title>
          <TextInput type="date" label={t('selection.meetingDate')} {...form.getInputProps('meetingDate')} />
          <TextInput label={t('selection.members')} {...form.getInputProps('members')} />
          <Textarea label={t('selection.rationale')} autosize minRows={2} {...form.getInputProps('rationale')} />
          <Textarea
            label={t('selection.override')}
            autosize
            minRows={2}
            {...form.getInputProps('overrideJustification')}
          />
          <ProblemAlert error={save.error} />
          <Group>
            <Button variant="default" loading={save.isPending && !confirming} onClick={() => saveDecision(false)}>
              {t('selection.saveDraft')}
            </Button>
            {/* Only a decision that passes the checks is put to the final question. */}
            <Button
              onClick={() => (form.validate().hasErrors ? void focusFirstInvalidFieldWhenShown() : setConfirming(true))}
            >
              {t('selection.finalise')}
            </Button>
          </Group>
        </Stack>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('selection.confirmTitle')}>
        <List mb="md">
          <List.Item>{t('selection.confirmSelected', { count: count('SELECTED') })}</List.Item>
          <List.Item>{t('selection.confirmWaitlisted', { count: count('WAITLISTED') })}</List.Item>
          <List.Item>{t('selection.confirmRejected', { count: count('REJECTED') })}</List.Item>
          <List.Item>{t('selection.confirmFinal')}</List.Item>
        </List>
        <Group>
          <Button loading={save.isPending} onClick={() => saveDecision(true)}>
            {t('selection.finalise')}
          </Button>
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
