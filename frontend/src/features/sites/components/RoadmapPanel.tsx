import { Alert, Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { formatDate, formatDecimal } from '../../../lib/format';
import { useRoadmap, useRoadmapMutations, useTopics, type MeasureStatus } from '../api/roadmap';

const STATUSES: MeasureStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'DROPPED'];
const percent = (value: number) => formatDecimal(value, 0);

/** Goals and measures of a site with quick status changes; the site's progress follows docs/roadmap.md. */
export function RoadmapPanel({ siteId, editable }: { siteId: string; editable: boolean }) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(siteId, true);
  const topics = useTopics();
  const m = useRoadmapMutations(siteId);
  const [goalTitle, setGoalTitle] = useState('');
  if (roadmap.isPending) return <Text>{t('common.loading')}</Text>;
  if (roadmap.error) return <ProblemAlert error={roadmap.error} />;
  const r = roadmap.data;
  const topicName = (id?: string) => topics.data?.find((x) => x.id === id)?.name ?? '–';
  const progressText = r.progress === undefined ? t('roadmap.noProgress') : t('roadmap.progress', { value: percent(r.progress) });
  const conflict = m.setStatus.error instanceof ProblemError && m.setStatus.error.status === 412;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">{t('roadmap.title')}</Title>
        <Badge variant="light" c="dark">{t(`roadmap.roadmapStatuses.${r.status}`)}</Badge>
      </Group>
      {r.adoptedOn && <Text size="sm" mb="xs">{t('roadmap.adopted', { date: formatDate(r.adoptedOn), resolution: r.councilResolution ?? '' })}</Text>}
      {editable ? (
        <VisionAndSteps key={r.etag} roadmap={r} m={m} />
      ) : (
        r.vision && <Text mb="sm"><Text span fw={700}>{t('roadmap.vision')}:</Text> {r.vision}</Text>
      )}
      <Text data-testid="site-progress" aria-live="polite">{progressText}</Text>
      <Progress value={r.progress ?? 0} size="lg" aria-label={progressText} mb="md" />
      {conflict ? (
        <Alert color="pakt" role="alert">{t('roadmap.conflict')}</Alert>
      ) : (
        <ProblemAlert error={m.setStatus.error ?? m.addGoal.error ?? m.addMeasure.error} />
      )}
      {r.goals.length === 0 && <Text>{t('roadmap.noGoals')}</Text>}
      <Stack gap="md">
        {r.goals.map((g) => (
          <div key={g.id}>
            <Title order={3} size="h4">
              {g.title}
              {g.progress !== undefined && ` · ${percent(g.progress)} %`}
            </Title>
            {g.measures.length === 0 ? (
              <Text size="sm">{t('roadmap.noMeasures')}</Text>
            ) : (
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('roadmap.measure')}</Table.Th>
                    <Table.Th scope="col">{t('roadmap.topic')}</Table.Th>
                    <Table.Th scope="col">{t('roadmap.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.measures.map((measure) => (
                    <Table.Tr key={measure.id}>
                      <Table.Td>{measure.title}</Table.Td>
                      <Table.Td>{topicName(measure.topicId)}</Table.Td>
                      <Table.Td>
                        {editable ? (
                          <Select
                            size="xs"
                            allowDeselect={false}
                            aria-label={t('roadmap.statusOf', { title: measure.title })}
                            data={STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
                            value={measure.status}
                            onChange={(v) => v && m.setStatus.mutate({ measure, status: v as MeasureStatus })}
                          />
                        ) : (
                          t(`roadmap.statuses.${measure.status}`)
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {editable && (
              <NewMeasure
                goalTitle={g.title}
                topics={topics.data ?? []}
                onAdd={(title, topicId) => m.addMeasure.mutateAsync({ goalId: g.id, title, topicId })}
              />
            )}
          </div>
        ))}
      </Stack>
      {r.milestones.length > 0 && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">{t('roadmap.milestones')}</Title>
          <Timeline active={r.milestones.filter((ms) => ms.doneOn).length - 1} bulletSize={16} lineWidth={2}>
            {r.milestones.map((ms) => (
              <Timeline.Item key={ms.id} title={<Text span td={ms.dropped ? 'line-through' : undefined}>{ms.title}</Text>}>
                <Text size="sm">
                  {ms.dropped ? t('roadmap.dropped') : ms.doneOn ? t('roadmap.doneOn', { date: formatDate(ms.doneOn) }) : ms.dueDate ? t('roadmap.due', { date: formatDate(ms.dueDate) }) : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </>
      )}
      {editable && (
        <Group align="flex-end" mt="md">
          <TextInput label={t('roadmap.newGoal')} value={goalTitle} onChange={(e) => setGoalTitle(e.currentTarget.value)} />
          <Button variant="light" onClick={() => goalTitle.trim() && m.addGoal.mutate(goalTitle, { onSuccess: () => setGoalTitle('') })}>
            {t('roadmap.addGoal')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

type RoadmapWithEtag = NonNullable<ReturnType<typeof useRoadmap>['data']>;

/** The vision, and the next step of the roadmap's life cycle (adoption needs the council resolution). */
function VisionAndSteps({ roadmap, m }: { roadmap: RoadmapWithEtag; m: ReturnType<typeof useRoadmapMutations> }) {
  const { t } = useTranslation();
  const [vision, setVision] = useState(roadmap.vision ?? '');
  const [adoptedOn, setAdoptedOn] = useState(new Date().toISOString().slice(0, 10));
  const [resolution, setResolution] = useState('');
  const errors = m.step.error instanceof ProblemError ? m.step.error.fieldErrors() : {};
  return (
    <Stack gap="xs" mb="sm">
      <Textarea label={t('roadmap.vision')} autosize minRows={2} value={vision} onChange={(e) => setVision(e.currentTarget.value)} />
      <Button variant="default" size="xs" style={{ alignSelf: 'flex-start' }} loading={m.saveVision.isPending}
        onClick={() => m.saveVision.mutate({ vision, etag: roadmap.etag })}>{t('roadmap.saveVision')}</Button>
      {roadmap.status === 'DRAFT' && (
        <Group align="flex-end">
          <TextInput type="date" label={t('roadmap.adoptedOn')} value={adoptedOn} onChange={(e) => setAdoptedOn(e.currentTarget.value)} />
          <TextInput style={{ flex: 1 }} label={t('roadmap.resolution')} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} error={errors.councilResolution} />
          <Button variant="light" onClick={() => m.step.mutate({ step: 'adoption', etag: roadmap.etag, adoption: { adoptedOn, councilResolution: resolution } })}>
            {t('roadmap.adopt')}
          </Button>
        </Group>
      )}
      {roadmap.status === 'ADOPTED' && (
        <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => m.step.mutate({ step: 'implementation-start', etag: roadmap.etag })}>
          {t('roadmap.startImplementation')}
        </Button>
      )}
      {roadmap.status === 'IN_IMPLEMENTATION' && (
        <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => m.step.mutate({ step: 'completion', etag: roadmap.etag })}>
          {t('roadmap.completeRoadmap')}
        </Button>
      )}
      {m.step.error && !(m.step.error instanceof ProblemError && m.step.error.problem.errors?.length) && <ProblemAlert error={m.step.error} />}
      <ProblemAlert error={m.saveVision.error} />
    </Stack>
  );
}

interface NewMeasureProps {
  goalTitle: string;
  topics: { id: string; name: string; active: boolean }[];
  onAdd: (title: string, topicId?: string) => Promise<unknown>;
}

function NewMeasure({ goalTitle, topics, onAdd }: NewMeasureProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState<string | null>(null);
  const add = () => {
    if (!title.trim()) return;
    void onAdd(title, topic ?? undefined).then(() => {
      setTitle('');
      setTopic(null);
    });
  };
  return (
    <Group align="flex-end" mt="xs">
      <TextInput label={t('roadmap.newMeasure', { goal: goalTitle })} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Select
        label={t('roadmap.topic')}
        data={topics.filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
        value={topic}
        onChange={setTopic}
        clearable
      />
      <Button variant="light" onClick={add}>{t('roadmap.addMeasure')}</Button>
    </Group>
  );
}
