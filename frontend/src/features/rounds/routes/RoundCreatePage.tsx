import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applicantKindValues } from '../../../lib/api/schema';
import { REGION_NAMES } from '../../../lib/regions';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useCreateRound, type RoundInput } from '../api/rounds';
import { berlinLocalToInstant } from '../../../lib/format';
import { centsOf, numberOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';

type Kind = RoundInput['eligibleApplicantKinds'][number];

/** datetime-local, read as Berlin time whatever the browser's zone → RFC 3339 instant. */
const toInstant = berlinLocalToInstant;

/** Where the form edits what the contract names otherwise: euros, local window times, quotas per region. */
const FIELD_PATHS = {
  'applicationWindow.opensAt': 'opens',
  'applicationWindow.closesAt': 'closes',
  capPerSiteCents: 'capEuro',
  totalBudgetCents: 'budgetEuro',
  quotas: 'quotas',
};

export function RoundCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = usePublishedPrograms();
  const create = useCreateRound();
  const form = useContractForm({
    schema: 'RoundInput',
    initialValues: {
      programId: null as string | null,
      number: 1 as number | string,
      title: '',
      callText: '',
      opens: '',
      closes: '',
      capEuro: 40000 as number | string,
      budgetEuro: 520000 as number | string,
      targetSites: 13 as number | string,
      eligibleApplicantKinds: [...applicantKindValues] as Kind[],
      criteria: [{ key: 'bedarf', title: 'Bedarf und Ausgangslage', weight: 50 as number | string }],
      quotas: Object.fromEntries(Object.keys(REGION_NAMES).map((key) => [key, 0])) as Record<string, number | string>,
    },
    toInput: (v) => ({
      programId: v.programId ?? '',
      number: numberOf(v.number),
      title: v.title,
      callText: v.callText,
      // A window needs both ends: one given alone is reported missing at the other.
      ...(v.opens || v.closes
        ? { applicationWindow: { opensAt: toInstant(v.opens), closesAt: toInstant(v.closes) } }
        : {}),
      capPerSiteCents: centsOf(v.capEuro),
      totalBudgetCents: centsOf(v.budgetEuro),
      targetSites: numberOf(v.targetSites),
      eligibleApplicantKinds: v.eligibleApplicantKinds,
      scoreScaleMax: 5,
      criteria: v.criteria.map((c) => ({ key: c.key, title: c.title, weight: numberOf(c.weight) })),
      quotas: Object.entries(v.quotas)
        .filter(([, n]) => Number(n) > 0)
        .map(([regionKey, n]) => ({ regionKey, minSites: Number(n) })),
    }),
    fieldPaths: FIELD_PATHS,
    // datetime-local values compare as text.
    validate: (v) => (v.opens && v.closes && v.closes <= v.opens ? { closes: t('forms.afterStart') } : {}),
    serverErrors: fieldErrorsOf(create.error),
  });

  const submit = (input: RoundInput) => create.mutate(input, { onSuccess: (round) => navigate(`/runden/${round.id}`) });

  return (
    <>
      <PageTitle text={t('rounds.createTitle')} />
      <ProblemAlert error={unlessShownAtFields(create.error)} />
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack maw={820} gap="sm">
          <Select
            label={t('rounds.program')}
            required
            data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
            {...form.getInputProps('programId')}
          />
          <Group grow>
            <NumberInput label={t('rounds.number')} required min={1} {...form.getInputProps('number')} />
            <TextInput label={t('programs.fields.title')} required {...form.getInputProps('title')} />
          </Group>
          <Textarea label={t('rounds.callText')} autosize minRows={2} {...form.getInputProps('callText')} />
          <Group grow>
            <TextInput type="datetime-local" label={t('rounds.windowOpens')} {...form.getInputProps('opens')} />
            <TextInput type="datetime-local" label={t('rounds.windowCloses')} {...form.getInputProps('closes')} />
          </Group>
          <SimpleGrid cols={3}>
            <NumberInput
              label={`${t('rounds.cap')} (€)`}
              required
              min={1}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps('capEuro')}
            />
            <NumberInput
              label={`${t('rounds.budget')} (€)`}
              required
              min={1}
              thousandSeparator="."
              decimalSeparator=","
              {...form.getInputProps('budgetEuro')}
            />
            <NumberInput label={t('rounds.target')} required min={1} {...form.getInputProps('targetSites')} />
          </SimpleGrid>
          <Checkbox.Group label={t('rounds.kinds')} {...form.getInputProps('eligibleApplicantKinds')}>
            <Group mt="xs">
              {applicantKindValues.map((k) => (
                <Checkbox key={k} value={k} label={t(`rounds.applicantKinds.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Fieldset legend={t('rounds.criteria')}>
            <Stack gap="xs">
              {form.values.criteria.map((_, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <TextInput
                    label={t('rounds.criterionKey', { number: i + 1 })}
                    {...form.getInputProps(`criteria.${i}.key`)}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('rounds.criterionTitle', { number: i + 1 })}
                    {...form.getInputProps(`criteria.${i}.title`)}
                  />
                  <NumberInput
                    w={110}
                    label={t('rounds.criterionWeight', { number: i + 1 })}
                    min={1}
                    max={100}
                    {...form.getInputProps(`criteria.${i}.weight`)}
                  />
                  <ActionIcon
                    variant="default"
                    mb={4}
                    aria-label={`${t('common.delete')} ${i + 1}`}
                    onClick={() => form.removeListItem('criteria', i)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.insertListItem('criteria', { key: '', title: '', weight: 50 })}
              >
                {t('rounds.addCriterion')}
              </Button>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('rounds.quotas')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {Object.keys(form.values.quotas).map((key) => (
                <NumberInput
                  key={key}
                  min={0}
                  label={t('rounds.quotaFor', { name: REGION_NAMES[key] })}
                  {...form.getInputProps(`quotas.${key}`, { withError: false })}
                />
              ))}
            </SimpleGrid>
            {form.errors.quotas && <ProblemAlert error={form.errors.quotas} />}
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => navigate('/runden')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
