import { Button, Checkbox, Group, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { berlinToday, formatDate } from '../../../lib/format';
import { fieldErrorsOf, useContractForm } from '../../../lib/forms/useContractForm';
import type { Milestone, MilestoneInput, RoadmapMutations } from '../api/roadmap';

/** The milestones as a timeline; the site's people rename, reschedule, complete, drop and add them. */
export function MilestonesPanel({
  milestones,
  editable,
  m,
}: {
  milestones: Milestone[];
  editable: boolean;
  m: RoadmapMutations;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const today = berlinToday();
  const state = (ms: Milestone) => {
    if (ms.dropped) return t('roadmap.dropped');
    if (ms.doneOn) return t('roadmap.doneOn', { date: formatDate(ms.doneOn) });
    if (!ms.dueDate) return t('roadmap.noDate');
    return ms.dueDate < today
      ? t('roadmap.overdue', { date: formatDate(ms.dueDate) })
      : t('roadmap.due', { date: formatDate(ms.dueDate) });
  };
  const lastDone = milestones.reduce((last, ms, i) => (ms.doneOn && !ms.dropped ? i : last), -1);
  return (
    <>
      <Group justify="space-between" mt="md" mb="xs">
        <Title order={3} size="h4">
          {t('roadmap.milestones')}
        </Title>
        {editable && (
          <Button size="xs" variant="light" onClick={() => setEditing('new')}>
            {t('roadmap.addMilestone')}
          </Button>
        )}
      </Group>
      <Timeline active={lastDone} bulletSize={16} lineWidth={2}>
        {milestones.map((ms) => (
          <Timeline.Item
            key={ms.id}
            title={
              <Text span fw={600} td={ms.dropped ? 'line-through' : undefined}>
                {ms.title}
              </Text>
            }
          >
            <Group gap="xs">
              <Text size="sm">{state(ms)}</Text>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t('roadmap.editMilestoneOf', { title: ms.title })}
                  onClick={() => setEditing(ms)}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Group>
          </Timeline.Item>
        ))}
      </Timeline>
      {editing && (
        <MilestoneDialog milestone={editing === 'new' ? null : editing} m={m} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function MilestoneDialog({
  milestone,
  m,
  onClose,
}: {
  milestone: Milestone | null;
  m: RoadmapMutations;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = milestone ? m.updateMilestone : m.addMilestone;
  const form = useContractForm({
    schema: 'MilestoneInput',
    initialValues: {
      title: milestone?.title ?? '',
      dueDate: milestone?.dueDate ?? '',
      doneOn: milestone?.doneOn ?? '',
      dropped: milestone?.dropped ?? false,
    },
    toInput: (v) => ({ ...v, dueDate: v.dueDate || undefined, doneOn: v.doneOn || undefined }),
    serverErrors: fieldErrorsOf(save.error),
  });
  const close = () => {
    m.updateMilestone.reset();
    m.addMilestone.reset();
    onClose();
  };
  const submit = (input: MilestoneInput) => {
    if (milestone) m.updateMilestone.mutate({ milestone, input }, { onSuccess: close });
    else m.addMilestone.mutate(input, { onSuccess: close });
  };
  return (
    <FormDialog
      title={milestone ? t('roadmap.editMilestone') : t('roadmap.addMilestone')}
      saving={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit(submit)}
      onClose={close}
    >
      <TextInput label={t('roadmap.milestoneTitle')} required {...form.getInputProps('title')} />
      <TextInput type="date" label={t('roadmap.dueDate')} {...form.getInputProps('dueDate')} />
      <TextInput type="date" label={t('roadmap.doneOnLabel')} {...form.getInputProps('doneOn')} />
      <Checkbox label={t('roadmap.dropMilestone')} {...form.getInputProps('dropped', { type: 'checkbox' })} />
    </FormDialog>
  );
}
