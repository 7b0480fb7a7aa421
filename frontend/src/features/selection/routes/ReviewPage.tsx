import { Alert, Button, Group, Paper, Radio, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageError } from '../../../components/PageError';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRound, type Round } from '../../../lib/api/rounds';
import { formatEuroCents } from '../../../lib/format';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import { useMyReview, useSaveReview, useSubmittedApplications } from '../api/selection';

/** One application at a time; scores as radio groups (arrow keys move, Tab leaves), conflict of interest as a switch. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  const applications = useSubmittedApplications(roundId);
  const [index, setIndex] = useState(0);
  if (round.isPending || applications.isPending) return <Text>{t('common.loading')}</Text>;
  if (round.error || applications.error) return <PageError error={round.error ?? applications.error} />;
  const r = round.data.round;
  const list = applications.data;
  const current = list[Math.min(index, list.length - 1)];
  return (
    <Stack maw={900} gap="md">
      <PageTitle text={t('selection.reviewTitle', { round: `${r.number}. ${r.title}` })} />
      {r.status !== 'IN_REVIEW' ? (
        // Reviews are written while the round is in review only: say where the round stands instead of a form.
        <Alert color="pakt" role="status" title={t(`rounds.statuses.${r.status}`)}>
          {t(r.status === 'DRAFT' || r.status === 'OPEN' ? 'selection.reviewNotYet' : 'selection.reviewOver')}
        </Alert>
      ) : !current ? (
        <Text>{t('selection.noApplications')}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text aria-live="polite">{t('selection.applicationOf', { index: index + 1, count: list.length })}</Text>
            <Group>
              <Button variant="default" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                {t('selection.previous')}
              </Button>
              <Button variant="default" disabled={index >= list.length - 1} onClick={() => setIndex(index + 1)}>
                {t('selection.next')}
              </Button>
            </Group>
          </Group>
          <Paper withBorder p="md">
            <Title order={2} size="h3">
              {[current.applicant, ...current.partners].map((p) => p.name).join(', ')}
            </Title>
            <Text size="sm" mb="xs">
              {t('selection.requested')}: {formatEuroCents(current.requestedCents)}
            </Text>
            <Text style={{ whiteSpace: 'pre-line' }}>{current.motivation}</Text>
            {current.focusTopics.length > 0 && (
              <Text size="sm" mt="xs">
                {current.focusTopics.join(' · ')}
              </Text>
            )}
            {current.existingStructures && (
              <Text size="sm" mt="xs">
                {t('applications.existingStructures')}: {current.existingStructures}
              </Text>
            )}
          </Paper>
          <ReviewForm key={current.id} applicationId={current.id} round={r} />
        </>
      )}
    </Stack>
  );
}

function ReviewForm({ applicationId, round }: { applicationId: string; round: Round }) {
  const { t } = useTranslation();
  const mine = useMyReview(applicationId);
  const save = useSaveReview(applicationId, round.id);
  if (mine.isPending) return <Text>{t('common.loading')}</Text>;
  return <ReviewFields key={mine.data?.etag ?? 'new'} round={round} existing={mine.data ?? null} save={save} />;
}

function ReviewFields({
  round,
  existing,
  save,
}: {
  round: Round;
  existing: {
    review: { conflictOfInterest: boolean; scores: { criterionKey: string; score: number }[]; comment?: string };
    etag: string;
  } | null;
  save: ReturnType<typeof useSaveReview>;
}) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'ReviewInput',
    initialValues: {
      conflictOfInterest: existing?.review.conflictOfInterest ?? false,
      scores: Object.fromEntries(
        (existing?.review.scores ?? []).map((s) => [s.criterionKey, String(s.score)]),
      ) as Record<string, string>,
      comment: existing?.review.comment ?? '',
    },
    toInput: (v) => ({
      ...v,
      // With a conflict of interest no scores are given.
      scores: v.conflictOfInterest
        ? []
        : Object.entries(v.scores).map(([criterionKey, score]) => ({ criterionKey, score: Number(score) })),
    }),
    // The scores are one list on the server; its errors show at every criterion.
    fieldPaths: { scores: 'scores' },
    serverErrors: fieldErrorsOf(save.error),
  });
  const values = Array.from({ length: round.scoreScaleMax + 1 }, (_, i) => String(i));

  return (
    <form onSubmit={form.onSubmit((input) => save.mutate({ etag: existing?.etag ?? '*', input }))} noValidate>
      <Stack gap="sm">
        <Switch label={t('selection.conflict')} {...form.getInputProps('conflictOfInterest', { type: 'checkbox' })} />
        {!form.values.conflictOfInterest &&
          round.criteria.map((c) => (
            <Radio.Group
              key={c.key}
              label={t('selection.scoreOf', { title: c.title, max: round.scoreScaleMax })}
              description={c.description}
              value={form.values.scores[c.key] ?? null}
              onChange={(v) => form.setFieldValue(`scores.${c.key}`, v)}
              error={form.errors.scores}
            >
              <Group mt="xs">
                {values.map((v) => (
                  <Radio key={v} value={v} label={v} />
                ))}
              </Group>
            </Radio.Group>
          ))}
        <Textarea label={t('selection.comment')} autosize minRows={2} {...form.getInputProps('comment')} />
        <ProblemAlert error={unlessShownAtFields(save.error)} />
        {save.isSuccess && (
          <Alert color="pakt" role="status">
            {t('selection.reviewSaved')}
          </Alert>
        )}
        <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={save.isPending}>
          {t('selection.saveReview')}
        </Button>
      </Stack>
    </form>
  );
}
