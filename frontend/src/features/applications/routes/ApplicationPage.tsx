import { Alert, Badge, Button, Group, MultiSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageError } from '../../../components/PageError';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { useArea, useAreas } from '../../../lib/api/areas';
import { useRound } from '../../../lib/api/rounds';
import { useTopics } from '../../../lib/api/topics';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDate, formatDateTime, formatEuroCents } from '../../../lib/format';
import { centsOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import {
  useApplicationMutations,
  useMyApplication,
  type Application,
  type ApplicationInput,
} from '../api/applications';
import { PrivacyHint } from '../../../components/PrivacyHint';

type Area = { key: string; name: string };

/**
 * Partners picked from the municipality registry by name (typing searches it), never typed as official keys. The
 * chosen ones stay in the list with their names while the search shows others.
 */
function PartnerPicker({
  value,
  onChange,
  exclude,
  error,
}: {
  value: Area[];
  onChange: (areas: Area[]) => void;
  exclude?: string;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const found = useAreas({ q: query || undefined, size: 20 });
  const options = new Map<string, Area>(value.map((a) => [a.key, a]));
  if (query.length >= 2) {
    for (const a of found.data?.items ?? []) {
      if (a.key !== exclude && a.level !== 'REGION') options.set(a.key, { key: a.key, name: a.name });
    }
  }
  return (
    <MultiSelect
      label={t('applications.partners')}
      description={t('applications.partnersHint')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={query.length >= 2 ? t('common.noResults') : t('applications.partnersTypeToSearch')}
      data={[...options.values()].map((a) => ({ value: a.key, label: `${a.name} (${a.key})` }))}
      value={value.map((a) => a.key)}
      onChange={(keys) => onChange(keys.map((k) => options.get(k)!).filter(Boolean))}
      error={error}
      clearable
    />
  );
}

/** The municipality's application to one round: draft, submit, withdraw. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const user = useCurrentUser();
  const round = useRound(roundId);
  const mine = useMyApplication(roundId);
  const m = useApplicationMutations(roundId);
  if (!user.hasRole('municipality'))
    return (
      <Alert role="alert" color="pakt">
        {t('applications.onlyMunicipalities')}
      </Alert>
    );
  if (round.isPending || mine.isPending) return <Text>{t('common.loading')}</Text>;
  if (round.error) return <PageError error={round.error} />;
  const r = round.data.round;
  const current = mine.data ?? null;
  const editable = !current || current.application.status === 'DRAFT';
  const error = m.create.error ?? m.update.error ?? m.submit.error ?? m.withdraw.error ?? mine.error;

  return (
    <Stack maw={820} gap="md">
      <PageTitle text={t('applications.title', { round: `${r.number}. ${r.title}` })} />
      {r.applicationWindow && (
        <Text>
          {t('applications.windowInfo', {
            opens: formatDateTime(r.applicationWindow.opensAt),
            closes: formatDateTime(r.applicationWindow.closesAt),
          })}
          {' · '}
          {t('rounds.cap')}: {formatEuroCents(r.capPerSiteCents)}
        </Text>
      )}
      {r.status !== 'OPEN' && (
        <Alert color="pakt" role="alert">
          {t('applications.notOpen')}
        </Alert>
      )}
      {current && (
        <Group>
          <Badge size="lg" variant="light" c="dark">
            {t(`applications.statuses.${current.application.status}`)}
          </Badge>
          {current.application.submittedAt && (
            <Text>{t('applications.submittedAt', { date: formatDate(current.application.submittedAt) })}</Text>
          )}
        </Group>
      )}
      {error && !(error instanceof ProblemError && error.problem.errors?.length && error.status === 400) && (
        <ProblemAlert error={error} />
      )}
      {editable && r.status === 'OPEN' ? (
        <ApplicationForm
          key={current?.etag ?? 'new'}
          initial={current?.application}
          capCents={r.capPerSiteCents}
          errors={fieldErrorsOf(error)}
          saving={m.create.isPending || m.update.isPending}
          savedAt={current && (m.create.isSuccess || m.update.isSuccess) ? current.application.updatedAt : undefined}
          onSave={(input) =>
            current
              ? m.update.mutate({ id: current.application.id, etag: current.etag, input })
              : m.create.mutate(input)
          }
          onSubmit={current ? () => m.submit.mutate({ id: current.application.id, etag: current.etag }) : undefined}
          submitting={m.submit.isPending}
        />
      ) : (
        current && <Summary application={current.application} />
      )}
      {current && current.application.status === 'SUBMITTED' && (r.status === 'OPEN' || r.status === 'IN_REVIEW') && (
        <ConfirmButton
          color="red.9"
          variant="outline"
          style={{ alignSelf: 'flex-start' }}
          loading={m.withdraw.isPending}
          title={t('applications.withdrawTitle')}
          message={t('applications.confirmWithdraw')}
          irreversible
          onConfirm={() => m.withdraw.mutate({ id: current.application.id, etag: current.etag })}
        >
          {t('applications.withdraw')}
        </ConfirmButton>
      )}
    </Stack>
  );
}

function Summary({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <dl>
      <Text component="dt" fw={700}>
        {t('applications.applicant')}
      </Text>
      <Text component="dd" mb="xs">
        {[a.applicant, ...a.partners].map((p) => p.name).join(', ')}
      </Text>
      <Text component="dt" fw={700}>
        {t('applications.motivation')}
      </Text>
      <Text component="dd" mb="xs">
        {a.motivation ?? '–'}
      </Text>
      <Text component="dt" fw={700}>
        {t('applications.requested')}
      </Text>
      <Text component="dd" mb="xs">
        {formatEuroCents(a.requestedCents)}
      </Text>
    </dl>
  );
}

interface FormProps {
  initial?: Application;
  capCents: number;
  errors: Record<string, string>;
  saving: boolean;
  submitting: boolean;
  /** When the draft was last saved in this visit: confirmed next to the button (and announced). */
  savedAt?: string;
  onSave: (input: ApplicationInput) => void;
  onSubmit?: () => void;
}

function ApplicationForm({ initial, capCents, errors, saving, submitting, savedAt, onSave, onSubmit }: FormProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const applicant = useArea(initial ? undefined : user.municipalityKey);
  const topicList = useTopics();
  const form = useContractForm({
    schema: 'ApplicationInput',
    initialValues: {
      partners: (initial?.partners ?? []) as Area[],
      contactName: initial?.contactName ?? '',
      contactEmail: initial?.contactEmail ?? '',
      contactPhone: initial?.contactPhone ?? '',
      motivation: initial?.motivation ?? '',
      focusTopics: initial?.focusTopics ?? [],
      existingStructures: initial?.existingStructures ?? '',
      requestedEuro: (initial ? initial.requestedCents / 100 : capCents / 100) as number | string,
    },
    toInput: (v) => ({
      partnerKeys: v.partners.map((a) => a.key),
      contactName: v.contactName,
      contactEmail: v.contactEmail || undefined,
      contactPhone: v.contactPhone || undefined,
      motivation: v.motivation,
      focusTopics: v.focusTopics,
      existingStructures: v.existingStructures,
      requestedCents: centsOf(v.requestedEuro),
    }),
    fieldPaths: { partnerKeys: 'partners', requestedCents: 'requestedEuro' },
    serverErrors: errors,
  });

  return (
    <form onSubmit={form.onSubmit(onSave)} noValidate>
      <Stack gap="sm">
        <Text>
          <Text span fw={700}>
            {t('applications.applicant')}:
          </Text>{' '}
          {initial?.applicant.name ?? applicant.data?.name ?? user.municipalityKey}
        </Text>
        <PartnerPicker
          value={form.values.partners}
          onChange={(areas) => form.setFieldValue('partners', areas)}
          exclude={initial?.applicant.key ?? user.municipalityKey}
          error={form.errors.partners}
        />
        <Group grow>
          <TextInput label={t('applications.contactName')} {...form.getInputProps('contactName')} />
          <TextInput type="email" label={t('applications.contactEmail')} {...form.getInputProps('contactEmail')} />
          <TextInput type="tel" label={t('applications.contactPhone')} {...form.getInputProps('contactPhone')} />
        </Group>
        <PrivacyHint />
        <Textarea label={t('applications.motivation')} autosize minRows={3} {...form.getInputProps('motivation')} />
        <MultiSelect
          label={t('applications.focusTopics')}
          description={t('applications.focusTopicsHint')}
          searchable
          data={[...new Set([...(topicList.data ?? []).map((x) => x.name), ...form.values.focusTopics])]}
          {...form.getInputProps('focusTopics')}
        />
        <Textarea
          label={t('applications.existingStructures')}
          autosize
          minRows={2}
          {...form.getInputProps('existingStructures')}
        />
        <NumberInput
          label={t('applications.requested')}
          description={t('applications.requestedHint', { cap: formatEuroCents(capCents) })}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('requestedEuro')}
        />
        <Group>
          <Button type="submit" variant={onSubmit ? 'default' : 'filled'} loading={saving}>
            {t('applications.saveDraft')}
          </Button>
          <Text role="status" size="sm">
            {savedAt ? t('applications.savedAt', { time: formatDateTime(savedAt) }) : ''}
          </Text>
          {onSubmit && (
            <Button onClick={onSubmit} loading={submitting}>
              {t('applications.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
