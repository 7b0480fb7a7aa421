import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import type { MyTask } from '../api/me';

/** Where a task is done: the page of the round, site or event it concerns. */
export function taskLink(task: MyTask): string {
  switch (task.kind) {
    case 'APPLICATIONS_SUBMITTED':
      return `/runden/${task.roundId}`;
    case 'REVIEWS_TO_DO':
      return `/runden/${task.roundId}/bewertung`;
    case 'APPLICATION_DRAFT':
      return `/runden/${task.roundId}/bewerbung`;
    case 'EVENT_TO_DOCUMENT':
      return `/veranstaltungen/${task.eventId}`;
    default:
      return `/standorte/${task.siteId}`;
  }
}

export function taskText(t: TFunction, task: MyTask): string {
  return t(`me.tasks.${task.kind}`, {
    name: task.name,
    detail: task.detail ?? '',
    count: task.count ?? 0,
    date: task.dueDate ? formatDate(task.dueDate) : '',
  });
}

const URGENCY_COLOR = {
  OVERDUE: 'red.9',
  DUE_SOON: 'orange.9',
  OPEN: 'gray.7',
} satisfies Record<MyTask['urgency'], string>;

/** The tasks, most urgent first (the server's order), each a link to where it is done. */
export function TaskList({ tasks }: { tasks: MyTask[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <Text>{t('me.noTasks')}</Text>;
  return (
    <List spacing="xs" listStyleType="none" data-testid="my-tasks">
      {tasks.map((task) => (
        <List.Item
          key={`${task.kind}-${task.roundId}-${task.siteId}-${task.eventId}-${task.milestoneId}-${task.applicationId}`}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge variant="outline" color={URGENCY_COLOR[task.urgency]} style={{ flexShrink: 0 }}>
              {t(`me.urgency.${task.urgency}`)}
            </Badge>
            <Anchor component={Link} to={taskLink(task)}>
              {taskText(t, task)}
            </Anchor>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
