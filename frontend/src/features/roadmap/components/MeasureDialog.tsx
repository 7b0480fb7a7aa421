import { Checkbox, NumberInput, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { measureStatusValues } from '../../../lib/api/schema';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import type { Measure, MeasureInput, RoadmapMutations } from '../api/roadmap';

interface Props {
  measure: Measure;
  topics: { id: string; name: string; active: boolean }[];
  m: RoadmapMutations;
  onClose: () => void;
}

/** Every detail of a measure; saved with the version it was opened with, so a parallel change is not overwritten. */
export function MeasureDialog({ measure, topics, m, onClose }: Props) {
  const { t } = useTranslation();
  const save = m.updateMeasure;
  const form = useContractForm({
    schema: 'MeasureInput',
    initialValues: {
      title: measure.title,
      description: measure.description ?? '',
      topicId: measure.topicId ?? null,
      responsible: measure.responsible ?? '',
      partners: measure.partners,
      startDate: measure.startDate ?? '',
      endDate: measure.endDate ?? '',
      status: measure.status,
      progress: measure.progress as number | string,
      buildsOnExisting: measure.buildsOnExisting,
      public: measure.public,
    },
    toInput: (v) => ({
      ...v,
      description: v.description || undefined,
      topicId: v.topicId ?? undefined,
      responsible: v.responsible || undefined,
      startDate: v.startDate || undefined,
      endDate: v.endDate || undefined,
      progress: Number(v.progress) || 0,
    }),
    // The server's order of the dates, checked before sending (ISO dates compare as text).
    validate: (v) =>
      v.startDate && v.endDate && v.endDate < v.startDate ? { endDate: t('forms.notBeforeStart') } : {},
    serverErrors: fieldErrorsOf(save.error),
  });
  const done = form.values.status === 'DONE';
  const close = () => {
    save.reset();
    onClose();
  };
  const submit = (input: MeasureInput) => save.mutate({ measure, input }, { onSuccess: onClose });
  const topicChoices = topics
    .filter((x) => x.active || x.id === measure.topicId)
    .map((x) => ({ value: x.id, label: x.name }));
  return (
    <FormDialog
      title={t('roadmap.editMeasure')}
      size="lg"
      saving={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit(submit)}
      onClose={close}
    >
      <TextInput label={t('roadmap.measureTitle')} required {...form.getInputProps('title')} />
      <Textarea label={t('roadmap.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('roadmap.topic')} data={topicChoices} {...form.getInputProps('topicId')} clearable />
        <TextInput label={t('roadmap.responsible')} {...form.getInputProps('responsible')} />
      </SimpleGrid>
      <TagsInput
        label={t('roadmap.partners')}
        description={t('roadmap.partnersHint')}
        {...form.getInputProps('partners')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('roadmap.start')} {...form.getInputProps('startDate')} />
        <TextInput type="date" label={t('roadmap.end')} {...form.getInputProps('endDate')} />
        <Select
          label={t('roadmap.status')}
          allowDeselect={false}
          data={measureStatusValues.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
          {...form.getInputProps('status')}
        />
        <NumberInput
          label={t('roadmap.progressPercent')}
          min={0}
          max={100}
          step={10}
          clampBehavior="strict"
          suffix=" %"
          {...form.getInputProps('progress')}
          value={done ? 100 : form.values.progress}
          disabled={done}
        />
      </SimpleGrid>
      <Checkbox
        label={t('roadmap.buildsOnExisting')}
        {...form.getInputProps('buildsOnExisting', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('roadmap.public')}
        description={t('roadmap.publicHint')}
        {...form.getInputProps('public', { type: 'checkbox' })}
      />
    </FormDialog>
  );
}
