import { Checkbox, NumberInput, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemError } from '../../../lib/api/client';
import { measureInput, type Measure, type MeasureStatus, type RoadmapMutations } from '../api/roadmap';

export const MEASURE_STATUSES: MeasureStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'DROPPED'];

interface Props {
  measure: Measure;
  topics: { id: string; name: string; active: boolean }[];
  m: RoadmapMutations;
  onClose: () => void;
}

/** Every detail of a measure; saved with the version it was opened with, so a parallel change is not overwritten. */
export function MeasureDialog({ measure, topics, m, onClose }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState(() => measureInput(measure));
  const save = m.updateMeasure;
  const errors = save.error instanceof ProblemError ? save.error.fieldErrors() : {};
  const set = <K extends keyof typeof v>(field: K, value: (typeof v)[K]) => setV((old) => ({ ...old, [field]: value }));
  const close = () => {
    save.reset();
    onClose();
  };
  const submit = () =>
    save.mutate(
      { measure, input: { ...v, startDate: v.startDate || undefined, endDate: v.endDate || undefined } },
      { onSuccess: onClose },
    );
  const topicChoices = topics
    .filter((x) => x.active || x.id === measure.topicId)
    .map((x) => ({ value: x.id, label: x.name }));
  return (
    <FormDialog
      title={t('roadmap.editMeasure')}
      size="lg"
      saving={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={close}
    >
      <TextInput
        label={t('roadmap.measureTitle')}
        required
        value={v.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label={t('roadmap.description')}
        autosize
        minRows={2}
        value={v.description ?? ''}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('roadmap.topic')}
          data={topicChoices}
          value={v.topicId ?? null}
          onChange={(x) => set('topicId', x ?? undefined)}
          clearable
          error={errors.topicId}
        />
        <TextInput
          label={t('roadmap.responsible')}
          value={v.responsible ?? ''}
          onChange={(e) => set('responsible', e.currentTarget.value)}
          error={errors.responsible}
        />
      </SimpleGrid>
      <TagsInput
        label={t('roadmap.partners')}
        description={t('roadmap.partnersHint')}
        value={v.partners ?? []}
        onChange={(x) => set('partners', x)}
        error={errors.partners}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('roadmap.start')}
          value={v.startDate ?? ''}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          error={errors.startDate}
        />
        <TextInput
          type="date"
          label={t('roadmap.end')}
          value={v.endDate ?? ''}
          onChange={(e) => set('endDate', e.currentTarget.value)}
          error={errors.endDate}
        />
        <Select
          label={t('roadmap.status')}
          allowDeselect={false}
          data={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
          value={v.status ?? 'PLANNED'}
          onChange={(x) => set('status', (x ?? 'PLANNED') as MeasureStatus)}
        />
        <NumberInput
          label={t('roadmap.progressPercent')}
          min={0}
          max={100}
          step={10}
          clampBehavior="strict"
          suffix=" %"
          value={v.status === 'DONE' ? 100 : (v.progress ?? 0)}
          disabled={v.status === 'DONE'}
          onChange={(x) => set('progress', Number(x) || 0)}
          error={errors.progress}
        />
      </SimpleGrid>
      <Checkbox
        label={t('roadmap.buildsOnExisting')}
        checked={v.buildsOnExisting ?? false}
        onChange={(e) => set('buildsOnExisting', e.currentTarget.checked)}
      />
      <Checkbox
        label={t('roadmap.public')}
        description={t('roadmap.publicHint')}
        checked={v.public ?? false}
        onChange={(e) => set('public', e.currentTarget.checked)}
      />
    </FormDialog>
  );
}
