import { Button, NumberInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import type { Goal, GoalInput, RoadmapMutations } from '../api/roadmap';

// An indicator's figures are optional: absent ones show as empty fields, and emptied ones are left out, not sent as 0.
const figure = (value?: number): number | string => value ?? '';
const optional = (x: number | string) => (x === '' ? undefined : Number(x));

/** A goal's title, description and optional indicator; a goal without measures can be deleted here. */
export function GoalDialog({ goal, m, onClose }: { goal: Goal; m: RoadmapMutations; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'GoalInput',
    initialValues: {
      title: goal.title,
      description: goal.description ?? '',
      indicator: {
        name: goal.indicator?.name ?? '',
        baseline: figure(goal.indicator?.baseline),
        target: figure(goal.indicator?.target),
        current: figure(goal.indicator?.current),
      },
    },
    toInput: ({ title, description, indicator }) => ({
      title,
      description: description || undefined,
      ...(indicator.name.trim()
        ? {
            indicator: {
              name: indicator.name,
              baseline: optional(indicator.baseline),
              target: optional(indicator.target),
              current: optional(indicator.current),
            },
          }
        : {}),
    }),
    serverErrors: fieldErrorsOf(m.updateGoal.error),
  });
  const withoutIndicator = !form.values.indicator.name.trim();
  const error = m.updateGoal.error ?? m.deleteGoal.error;
  const close = () => {
    m.updateGoal.reset();
    m.deleteGoal.reset();
    onClose();
  };
  const save = (input: GoalInput) => m.updateGoal.mutate({ goal, input }, { onSuccess: close });
  const decimal = { decimalSeparator: ',', thousandSeparator: '.' } as const;
  return (
    <FormDialog
      title={t('roadmap.editGoal')}
      size="lg"
      saving={m.updateGoal.isPending}
      error={error}
      onSubmit={form.onSubmit(save)}
      onClose={close}
      extra={
        goal.measures.length === 0 ? (
          <Button variant="outline" color="red.9" onClick={() => m.deleteGoal.mutate(goal, { onSuccess: close })}>
            {t('roadmap.deleteGoal')}
          </Button>
        ) : (
          <Text size="xs" maw={260}>
            {t('roadmap.deleteGoalHint')}
          </Text>
        )
      }
    >
      <TextInput label={t('roadmap.goalTitle')} required {...form.getInputProps('title')} />
      <Textarea label={t('roadmap.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <TextInput
        label={t('roadmap.indicator')}
        description={t('roadmap.indicatorHint')}
        {...form.getInputProps('indicator.name')}
      />
      <SimpleGrid cols={3}>
        <NumberInput
          label={t('roadmap.baseline')}
          {...decimal}
          {...form.getInputProps('indicator.baseline')}
          disabled={withoutIndicator}
        />
        <NumberInput
          label={t('roadmap.target')}
          {...decimal}
          {...form.getInputProps('indicator.target')}
          disabled={withoutIndicator}
        />
        <NumberInput
          label={t('roadmap.current')}
          {...decimal}
          {...form.getInputProps('indicator.current')}
          disabled={withoutIndicator}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
