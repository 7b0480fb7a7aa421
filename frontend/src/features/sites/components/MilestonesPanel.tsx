import { Button, Checkbox, Group, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemError } from '../../../lib/api/client';
import { berlinToday, formatDate } from '../../../lib/format';
import type { Milestone, RoadmapMutations } from '../api/roadmap';

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
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [dueDate, setDueDate] = useState(milestone?.dueDate ?? '');
  const [doneOn, setDoneOn] = useState(milestone?.doneOn ?? '');
  const [dropped, setDropped] = useState(milestone?.dropped ?? false);
  const save = milestone ? m.updateMilestone : m.addMilestone;
  const errors = save.error instanceof ProblemError ? save.error.fieldErrors() : {};
  const close = () => {
    m.updateMilestone.reset();
    m.addMilestone.reset();
    onClose();
  };
  const submit = () => {
    const input = { title, dueDate: dueDate || undefined, doneOn: doneOn || undefined, dropped };
    if (milestone) m.updateMilestone.mutate({ milestone, input }, { onSuccess: close });
    else m.addMilestone.mutate(input, { onSuccess: close });
  };
  return (
    <FormDialog
      title={milestone ? t('roadmap.editMilestone') : t('roadmap.addMilestone')}
      saving={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={close}
    >
      <TextInput
        label={t('roadmap.milestoneTitle')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.title}
      />
      <TextInput
        type="date"
        label={t('roadmap.dueDate')}
        value={dueDate}
        onChange={(e) => setDueDate(e.currentTarget.value)}
        error={errors.dueDate}
      />
      <TextInput
        type="date"
        label={t('roadmap.doneOnLabel')}
        value={doneOn}
        onChange={(e) => setDoneOn(e.currentTarget.value)}
        error={errors.doneOn}
      />
      <Checkbox
        label={t('roadmap.dropMilestone')}
        checked={dropped}
        onChange={(e) => setDropped(e.currentTarget.checked)}
      />
    </FormDialog>
  );
}
