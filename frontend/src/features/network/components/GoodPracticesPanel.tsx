import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import { useGoodPracticeMutations, useGoodPractices, type GoodPractice, type GoodPracticeInput } from '../api/exchange';

/** A measure of the site's roadmap a good practice can be written up from. */
export type PracticeSource = { id: string; title: string; description?: string; topicId?: string };

/** The site's good practices (Praxisbeispiele): written up from a measure, published to the portal when ready. */
export function GoodPracticesPanel({
  siteId,
  editable,
  measures,
}: {
  siteId: string;
  editable: boolean;
  measures: PracticeSource[];
}) {
  const { t } = useTranslation();
  const practices = useGoodPractices(true);
  const m = useGoodPracticeMutations(siteId);
  const [editing, setEditing] = useState<GoodPractice | 'new' | null>(null);
  const mine = (practices.data ?? []).filter((p) => p.siteId === siteId);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('practices.title')}
        </Title>
        {editable && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            {t('practices.add')}
          </Button>
        )}
      </Group>
      {mine.length === 0 && <Text>{t('practices.none')}</Text>}
      <Stack gap="xs">
        {mine.map((p) => (
          <Group key={p.id} justify="space-between">
            <Text>
              <Text span fw={700}>
                {p.title}
              </Text>
              {p.topic ? ` · ${p.topic.name}` : ''} · {t('practices.contact')}: {p.contactRole}
            </Text>
            <Group gap="xs">
              <Badge variant="light" c="dark">
                {p.published ? t('practices.published') : t('practices.draft')}
              </Badge>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t('practices.editOf', { title: p.title })}
                  onClick={() => setEditing(p)}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      {editing && (
        <PracticeDialog
          practice={editing === 'new' ? null : editing}
          measures={measures}
          m={m}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}

function PracticeDialog({
  practice,
  measures,
  m,
  onClose,
}: {
  practice: GoodPractice | null;
  measures: PracticeSource[];
  m: ReturnType<typeof useGoodPracticeMutations>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = practice ? m.update : m.create;
  const form = useContractForm({
    schema: 'GoodPracticeInput',
    initialValues: {
      measureId: practice?.measureId ?? null,
      title: practice?.title ?? '',
      description: practice?.description ?? '',
      contactRole: practice?.contactRole ?? '',
      published: practice?.published ?? false,
      topicId: practice?.topic?.id,
    },
    toInput: ({ measureId, topicId, ...v }) => ({
      ...v,
      ...(measureId ? { measureId } : {}),
      ...(topicId ? { topicId } : {}),
    }),
    serverErrors: fieldErrorsOf(save.error),
  });
  const close = () => {
    m.create.reset();
    m.update.reset();
    onClose();
  };
  // A practice written up from a measure starts with its title, description and topic.
  const fromMeasure = (id: string | null) => {
    form.setFieldValue('measureId', id);
    const chosen = measures.find((x) => x.id === id);
    if (chosen) {
      const { title, description } = form.values;
      if (!title) form.setFieldValue('title', chosen.title);
      if (!description && chosen.description) form.setFieldValue('description', chosen.description);
      form.setFieldValue('topicId', chosen.topicId);
    }
  };
  const submit = (input: GoodPracticeInput) => {
    if (practice) m.update.mutate({ practice, input }, { onSuccess: close });
    else m.create.mutate(input, { onSuccess: close });
  };
  return (
    <FormDialog
      title={practice ? t('practices.edit') : t('practices.add')}
      size="lg"
      saving={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit(submit)}
      onClose={close}
    >
      <Select
        label={t('practices.fromMeasure')}
        clearable
        data={measures.map((x) => ({ value: x.id, label: x.title }))}
        {...form.getInputProps('measureId')}
        onChange={fromMeasure}
      />
      <TextInput label={t('practices.practiceTitle')} required {...form.getInputProps('title')} />
      <Textarea
        label={t('practices.description')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('description')}
      />
      <TextInput
        label={t('practices.contactRole')}
        description={t('practices.contactHint')}
        required
        {...form.getInputProps('contactRole')}
      />
      <Checkbox label={t('practices.publish')} {...form.getInputProps('published', { type: 'checkbox' })} />
    </FormDialog>
  );
}
