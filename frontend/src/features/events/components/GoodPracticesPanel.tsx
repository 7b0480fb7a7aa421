import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemError } from '../../../lib/api/client';
// Known debt: the site page and the learning network's site panels reach into each other (to be composed at app level).
// eslint-disable-next-line import-x/no-restricted-paths
import { useRoadmap } from '../../sites/api/roadmap';
import { useGoodPracticeMutations, useGoodPractices, type GoodPractice } from '../api/exchange';

/** The site's good practices (Praxisbeispiele): written up from a measure, published to the portal when ready. */
export function GoodPracticesPanel({ siteId, editable }: { siteId: string; editable: boolean }) {
  const { t } = useTranslation();
  const practices = useGoodPractices(true);
  const roadmap = useRoadmap(siteId, editable);
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
          measures={(roadmap.data?.goals ?? []).flatMap((g) => g.measures)}
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
  measures: { id: string; title: string; description?: string; topicId?: string }[];
  m: ReturnType<typeof useGoodPracticeMutations>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [measureId, setMeasureId] = useState<string | null>(practice?.measureId ?? null);
  const [title, setTitle] = useState(practice?.title ?? '');
  const [description, setDescription] = useState(practice?.description ?? '');
  const [contactRole, setContactRole] = useState(practice?.contactRole ?? '');
  const [published, setPublished] = useState(practice?.published ?? false);
  const [topicId, setTopicId] = useState<string | undefined>(practice?.topic?.id);
  const save = practice ? m.update : m.create;
  const errors = save.error instanceof ProblemError ? save.error.fieldErrors() : {};
  const close = () => {
    m.create.reset();
    m.update.reset();
    onClose();
  };
  const fromMeasure = (id: string | null) => {
    setMeasureId(id);
    const chosen = measures.find((x) => x.id === id);
    if (chosen) {
      if (!title) setTitle(chosen.title);
      if (!description && chosen.description) setDescription(chosen.description);
      setTopicId(chosen.topicId);
    }
  };
  const submit = () => {
    const input = {
      title,
      description,
      contactRole,
      published,
      ...(measureId ? { measureId } : {}),
      ...(topicId ? { topicId } : {}),
    };
    if (practice) m.update.mutate({ practice, input }, { onSuccess: close });
    else m.create.mutate(input, { onSuccess: close });
  };
  return (
    <FormDialog
      title={practice ? t('practices.edit') : t('practices.add')}
      size="lg"
      saving={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={close}
    >
      <Select
        label={t('practices.fromMeasure')}
        clearable
        data={measures.map((x) => ({ value: x.id, label: x.title }))}
        value={measureId}
        onChange={fromMeasure}
        error={errors.measureId}
      />
      <TextInput
        label={t('practices.practiceTitle')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label={t('practices.description')}
        required
        autosize
        minRows={3}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
      />
      <TextInput
        label={t('practices.contactRole')}
        description={t('practices.contactHint')}
        required
        value={contactRole}
        onChange={(e) => setContactRole(e.currentTarget.value)}
        error={errors.contactRole}
      />
      <Checkbox
        label={t('practices.publish')}
        checked={published}
        onChange={(e) => setPublished(e.currentTarget.checked)}
      />
    </FormDialog>
  );
}
