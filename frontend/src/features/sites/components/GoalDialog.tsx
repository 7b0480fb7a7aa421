import { Button, NumberInput, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemError } from '../../../lib/api/client';
import type { Goal, RoadmapMutations } from '../api/roadmap';

const num = (x: number | string) => (x === '' ? undefined : Number(x));

/** A goal's title, description and optional indicator; a goal without measures can be deleted here. */
export function GoalDialog({ goal, m, onClose }: { goal: Goal; m: RoadmapMutations; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(goal.title);
  const [description, setDescription] = useState(goal.description ?? '');
  const [indicator, setIndicator] = useState(goal.indicator?.name ?? '');
  const [baseline, setBaseline] = useState<number | string>(goal.indicator?.baseline ?? '');
  const [target, setTarget] = useState<number | string>(goal.indicator?.target ?? '');
  const [current, setCurrent] = useState<number | string>(goal.indicator?.current ?? '');
  const error = m.updateGoal.error ?? m.deleteGoal.error;
  const errors = m.updateGoal.error instanceof ProblemError ? m.updateGoal.error.fieldErrors() : {};
  const close = () => {
    m.updateGoal.reset();
    m.deleteGoal.reset();
    onClose();
  };
  const submit = () => {
    m.updateGoal.mutate(
      {
        goal,
        input: {
          title,
          description: description || undefined,
          ...(indicator.trim()
            ? { indicator: { name: indicator, baseline: num(baseline), target: num(target), current: num(current) } }
            : {}),
        },
      },
      { onSuccess: close },
    );
  };
  const decimal = { decimalSeparator: ',', thousandSeparator: '.' } as const;
  return (
    <FormDialog
      title={t('roadmap.editGoal')}
      size="lg"
      saving={m.updateGoal.isPending}
      error={error}
      onSubmit={submit}
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
      <TextInput
        label={t('roadmap.goalTitle')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label={t('roadmap.description')}
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
      />
      <TextInput
        label={t('roadmap.indicator')}
        description={t('roadmap.indicatorHint')}
        value={indicator}
        onChange={(e) => setIndicator(e.currentTarget.value)}
        error={errors['indicator.name']}
      />
      <SimpleGrid cols={3}>
        <NumberInput
          label={t('roadmap.baseline')}
          {...decimal}
          value={baseline}
          onChange={setBaseline}
          disabled={!indicator.trim()}
        />
        <NumberInput
          label={t('roadmap.target')}
          {...decimal}
          value={target}
          onChange={setTarget}
          disabled={!indicator.trim()}
        />
        <NumberInput
          label={t('roadmap.current')}
          {...decimal}
          value={current}
          onChange={setCurrent}
          disabled={!indicator.trim()}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
