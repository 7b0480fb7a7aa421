import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { measureStatusValues } from '../../../lib/api/schema';
import { berlinToday, formatDate, formatDecimal, formatNumber } from '../../../lib/format';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import {
  measureInput,
  useRoadmap,
  useRoadmapDownload,
  useRoadmapMutations,
  type Goal,
  type Measure,
  type MeasureInput,
  type MeasureStatus,
  type RoadmapMutations,
} from '../api/roadmap';
import { useTopics } from '../../../lib/api/topics';
import { GoalDialog } from './GoalDialog';
import { MeasureDialog } from './MeasureDialog';
import { MilestonesPanel } from './MilestonesPanel';
import { ConfirmButton } from '../../../components/ConfirmButton';
const percent = (value: number) => formatDecimal(value, 0);

/**
 * The roadmap editor: vision and life cycle, goals with their measures (quick status and progress, full edit),
 * filters by topic and status, milestones, and the documents to keep (PDF, XLSX). Progress follows docs/roadmap.md.
 */
export function RoadmapPanel({ siteId, editable }: { siteId: string; editable: boolean }) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(siteId, true);
  const topics = useTopics();
  const m = useRoadmapMutations(siteId);
  const download = useRoadmapDownload(siteId);
  const [topicFilter, setTopicFilter] = useState<string | null>(null);
  const [statusFilter, setStatusFilter] = useState<string | null>(null);
  const [editingMeasure, setEditingMeasure] = useState<Measure | null>(null);
  const [editingGoal, setEditingGoal] = useState<Goal | null>(null);
  if (roadmap.isPending) return <Text>{t('common.loading')}</Text>;
  if (roadmap.error) return <ProblemAlert error={roadmap.error} />;
  const r = roadmap.data;
  const topicName = (id?: string) => topics.data?.find((x) => x.id === id)?.name ?? '–';
  const progressText =
    r.progress === undefined ? t('roadmap.noProgress') : t('roadmap.progress', { value: percent(r.progress) });
  const shown = (measure: Measure) =>
    (!topicFilter || measure.topicId === topicFilter) && (!statusFilter || measure.status === statusFilter);
  const all = r.goals.flatMap((g) => g.measures);
  const filtered = topicFilter !== null || statusFilter !== null;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Group>
          <Title order={2} size="h3">
            {t('roadmap.title')}
          </Title>
          <Badge variant="light" c="dark">
            {t(`roadmap.roadmapStatuses.${r.status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={download.isPending && download.variables === 'pdf'}
            onClick={() => download.mutate('pdf')}
          >
            {t('roadmap.downloadPdf')}
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={download.isPending && download.variables === 'xlsx'}
            onClick={() => download.mutate('xlsx')}
          >
            {t('roadmap.downloadXlsx')}
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={download.error} />
      {r.adoptedOn && (
        <Text size="sm" mb="xs">
          {t('roadmap.adopted', { date: formatDate(r.adoptedOn), resolution: r.councilResolution ?? '' })}
        </Text>
      )}
      {editable ? (
        <VisionAndSteps key={r.etag} roadmap={r} m={m} />
      ) : (
        r.vision && (
          <Text mb="sm">
            <Text span fw={700}>
              {t('roadmap.vision')}:
            </Text>{' '}
            {r.vision}
          </Text>
        )
      )}
      <Text data-testid="site-progress" aria-live="polite">
        {progressText}
      </Text>
      <Progress value={r.progress ?? 0} size="lg" aria-label={progressText} mb="md" />
      {/* The quick changes of a measure have no form: their field errors are said here. */}
      <ProblemAlert
        error={m.updateMeasure.error ?? unlessShownAtFields(m.addGoal.error) ?? unlessShownAtFields(m.addMeasure.error)}
        onReload={() => m.updateMeasure.reset()}
      />
      {all.length > 0 && (
        <Group align="flex-end" mb="sm" role="search" aria-label={t('roadmap.filters')}>
          <Select
            label={t('roadmap.filterTopic')}
            clearable
            value={topicFilter}
            onChange={setTopicFilter}
            data={(topics.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
          <Select
            label={t('roadmap.filterStatus')}
            clearable
            value={statusFilter}
            onChange={setStatusFilter}
            data={measureStatusValues.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
          />
          {filtered && (
            <Text size="sm" aria-live="polite">
              {t('roadmap.filtered', { shown: all.filter(shown).length, total: all.length })}
            </Text>
          )}
        </Group>
      )}
      {r.goals.length === 0 && <Text>{t('roadmap.noGoals')}</Text>}
      <Stack gap="md">
        {r.goals.map((g, index) => {
          const measures = g.measures.filter(shown);
          return (
            <section key={g.id} aria-labelledby={`goal-${g.id}`}>
              <Group justify="space-between" align="baseline">
                <Title order={3} size="h4" id={`goal-${g.id}`}>
                  {t('roadmap.goalNumber', { number: index + 1 })}: {g.title}
                  {g.progress !== undefined && ` · ${percent(g.progress)} %`}
                </Title>
                {editable && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('roadmap.editGoalOf', { title: g.title })}
                    onClick={() => setEditingGoal(g)}
                  >
                    {t('common.edit')}
                  </Button>
                )}
              </Group>
              {g.description && <Text size="sm">{g.description}</Text>}
              {g.indicator && (
                <Text size="sm" c="dimmed">
                  {t('roadmap.indicatorLine', {
                    name: g.indicator.name,
                    baseline: num(g.indicator.baseline),
                    target: num(g.indicator.target),
                    current: num(g.indicator.current),
                  })}
                </Text>
              )}
              {g.measures.length === 0 ? (
                <Text size="sm">{t('roadmap.noMeasures')}</Text>
              ) : measures.length === 0 ? (
                <Text size="sm">{t('roadmap.noneMatch')}</Text>
              ) : (
                <Table withTableBorder mt="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('roadmap.measure')}</Table.Th>
                      <Table.Th scope="col">{t('roadmap.topic')}</Table.Th>
                      <Table.Th scope="col">{t('roadmap.status')}</Table.Th>
                      <Table.Th scope="col">{t('roadmap.progressColumn')}</Table.Th>
                      {editable && (
                        <Table.Th scope="col">
                          <span className="visually-hidden">{t('common.edit')}</span>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {measures.map((measure) => (
                      <Table.Tr key={measure.id}>
                        <Table.Td>
                          {measure.title}
                          {(measure.startDate || measure.endDate) && (
                            <Text size="xs" c="dimmed">
                              {[measure.startDate, measure.endDate].map((d) => (d ? formatDate(d) : '')).join(' – ')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{topicName(measure.topicId)}</Table.Td>
                        <Table.Td>
                          {editable ? (
                            <Select
                              size="xs"
                              allowDeselect={false}
                              aria-label={t('roadmap.statusOf', { title: measure.title })}
                              data={measureStatusValues.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
                              value={measure.status}
                              onChange={(v) =>
                                v &&
                                m.updateMeasure.mutate({
                                  measure,
                                  input: measureInput(measure, { status: v as MeasureStatus }),
                                })
                              }
                            />
                          ) : (
                            t(`roadmap.statuses.${measure.status}`)
                          )}
                        </Table.Td>
                        <Table.Td>
                          {editable && measure.status !== 'DONE' && measure.status !== 'DROPPED' ? (
                            <QuickProgress key={measure.version} measure={measure} m={m} />
                          ) : measure.status === 'DROPPED' ? (
                            '–'
                          ) : (
                            `${measure.progress} %`
                          )}
                        </Table.Td>
                        {editable && (
                          <Table.Td>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-label={t('roadmap.editMeasureOf', { title: measure.title })}
                              onClick={() => setEditingMeasure(measure)}
                            >
                              {t('common.edit')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {editable && <NewMeasure goal={g} topics={topics.data ?? []} m={m} />}
            </section>
          );
        })}
      </Stack>
      {editable && <NewGoal m={m} />}
      {(r.milestones.length > 0 || editable) && <MilestonesPanel milestones={r.milestones} editable={editable} m={m} />}
      {editingMeasure && (
        <MeasureDialog
          measure={editingMeasure}
          topics={topics.data ?? []}
          m={m}
          onClose={() => setEditingMeasure(null)}
        />
      )}
      {editingGoal && <GoalDialog goal={editingGoal} m={m} onClose={() => setEditingGoal(null)} />}
    </Paper>
  );
}

const num = (value?: number) => (value === undefined ? '–' : formatNumber(value));

/** Progress in steps of 10, saved when the field is left or Enter is pressed. */
function QuickProgress({ measure, m }: { measure: Measure; m: RoadmapMutations }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(measure.progress);
  const commit = () => {
    const next = Math.max(0, Math.min(100, Number(value) || 0));
    if (next !== measure.progress)
      m.updateMeasure.mutate({ measure, input: measureInput(measure, { progress: next }) });
  };
  return (
    <NumberInput
      size="xs"
      w={90}
      min={0}
      max={100}
      step={10}
      suffix=" %"
      clampBehavior="strict"
      value={value}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      aria-label={t('roadmap.progressOf', { title: measure.title })}
    />
  );
}

type RoadmapWithEtag = NonNullable<ReturnType<typeof useRoadmap>['data']>;

/** The vision, and the next step of the roadmap's life cycle (adoption needs the council resolution). */
function VisionAndSteps({ roadmap, m }: { roadmap: RoadmapWithEtag; m: RoadmapMutations }) {
  const { t } = useTranslation();
  const vision = useContractForm({
    schema: 'RoadmapInput',
    initialValues: { vision: roadmap.vision ?? '' },
    toInput: (v) => v,
    serverErrors: fieldErrorsOf(m.saveVision.error),
  });
  const adoption = useContractForm({
    schema: 'AdoptionInput',
    initialValues: { adoptedOn: berlinToday(), councilResolution: '' },
    toInput: (v) => v,
    serverErrors: fieldErrorsOf(m.step.error),
  });
  return (
    <Stack gap="xs" mb="sm">
      <form
        onSubmit={vision.onSubmit((input) => m.saveVision.mutate({ vision: input.vision ?? '', etag: roadmap.etag }))}
        noValidate
      >
        <Stack gap="xs">
          <Textarea label={t('roadmap.vision')} autosize minRows={2} {...vision.getInputProps('vision')} />
          <Button
            type="submit"
            variant="default"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
            loading={m.saveVision.isPending}
          >
            {t('roadmap.saveVision')}
          </Button>
        </Stack>
      </form>
      {roadmap.status === 'DRAFT' && (
        <form
          onSubmit={adoption.onSubmit((input) =>
            m.step.mutate({ step: 'adoption', etag: roadmap.etag, adoption: input }),
          )}
          noValidate
        >
          <Group align="flex-end">
            <TextInput type="date" label={t('roadmap.adoptedOn')} {...adoption.getInputProps('adoptedOn')} />
            <TextInput
              style={{ flex: 1 }}
              label={t('roadmap.resolution')}
              {...adoption.getInputProps('councilResolution')}
            />
            <Button type="submit" variant="light">
              {t('roadmap.adopt')}
            </Button>
          </Group>
        </form>
      )}
      {roadmap.status === 'ADOPTED' && (
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => m.step.mutate({ step: 'implementation-start', etag: roadmap.etag })}
        >
          {t('roadmap.startImplementation')}
        </Button>
      )}
      {roadmap.status === 'IN_IMPLEMENTATION' && (
        <ConfirmButton
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          title={t('roadmap.confirmComplete')}
          message={t('roadmap.confirmCompleteText')}
          irreversible
          onConfirm={() => m.step.mutate({ step: 'completion', etag: roadmap.etag })}
        >
          {t('roadmap.completeRoadmap')}
        </ConfirmButton>
      )}
      <ProblemAlert error={unlessShownAtFields(m.step.error)} />
      <ProblemAlert error={unlessShownAtFields(m.saveVision.error)} />
    </Stack>
  );
}

/** A new goal: just its title, the rest is edited in the goal's dialog. */
function NewGoal({ m }: { m: RoadmapMutations }) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'GoalInput',
    initialValues: { title: '' },
    toInput: (v) => v,
    serverErrors: fieldErrorsOf(m.addGoal.error),
  });
  return (
    <form
      onSubmit={form.onSubmit(({ title }) => m.addGoal.mutate(title, { onSuccess: () => form.reset() }))}
      noValidate
    >
      <Group align="flex-end" mt="md">
        <TextInput label={t('roadmap.newGoal')} {...form.getInputProps('title')} />
        <Button type="submit" variant="light">
          {t('roadmap.addGoal')}
        </Button>
      </Group>
    </form>
  );
}

/** A new measure of one goal: title and topic, the rest is edited in the measure's dialog. */
interface NewMeasureProps {
  goal: Goal;
  topics: { id: string; name: string; active: boolean }[];
  m: RoadmapMutations;
}

function NewMeasure({ goal, topics, m }: NewMeasureProps) {
  const { t } = useTranslation();
  // One mutation serves every goal's form: its refusal belongs to the goal it was for.
  const refused = m.addMeasure.variables?.goalId === goal.id ? m.addMeasure.error : null;
  const form = useContractForm({
    schema: 'MeasureInput',
    initialValues: { title: '', topicId: null as string | null },
    toInput: ({ title, topicId }) => ({ title, ...(topicId ? { topicId } : {}) }),
    serverErrors: fieldErrorsOf(refused),
  });
  const add = ({ title, topicId }: MeasureInput) =>
    m.addMeasure.mutate({ goalId: goal.id, title, topicId }, { onSuccess: () => form.reset() });
  return (
    <form onSubmit={form.onSubmit(add)} noValidate>
      <Group align="flex-end" mt="xs">
        <TextInput label={t('roadmap.newMeasure', { goal: goal.title })} {...form.getInputProps('title')} />
        <Select
          label={t('roadmap.topic')}
          data={topics.filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
          clearable
          {...form.getInputProps('topicId')}
        />
        <Button type="submit" variant="light" aria-label={t('roadmap.addMeasureTo', { goal: goal.title })}>
          {t('roadmap.addMeasure')}
        </Button>
      </Group>
    </form>
  );
}
