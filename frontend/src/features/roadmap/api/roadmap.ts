import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { download, listItemETag, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';

export type Roadmap = Schemas['Roadmap'];
export type Goal = Schemas['Goal'];
export type Measure = Schemas['Measure'];
export type MeasureInput = Schemas['MeasureInput'];
export type GoalInput = Schemas['GoalInput'];
export type Milestone = Schemas['Milestone'];
export type MilestoneInput = Schemas['MilestoneInput'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type DocumentFormat = Schemas['DocumentFormat'];

// Under the site's key: a life-cycle step of the site refreshes its roadmap too.
const key = (siteId: string) => ['sites', siteId, 'roadmap'] as const;

/** The roadmap with its ETag (the If-Match of vision and steps); goals, measures and milestones are tagged by version. */
type LoadedRoadmap = Roadmap & { etag: string };

const loaded = ({ body, etag }: Tagged<Roadmap>): LoadedRoadmap => ({ ...body, etag });

export function useRoadmap(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(siteId),
    enabled,
    queryFn: async () =>
      loaded(await tagged(api.GET('/api/v1/sites/{siteId}/roadmap', { params: { path: { siteId } } }))),
  });
}

/** A measure as the input the API takes, with some fields changed. */
export function measureInput(measure: Measure, changes: Partial<MeasureInput> = {}): MeasureInput {
  return {
    title: measure.title,
    description: measure.description,
    topicId: measure.topicId,
    responsible: measure.responsible,
    partners: measure.partners,
    startDate: measure.startDate,
    endDate: measure.endDate,
    status: measure.status,
    progress: measure.progress,
    buildsOnExisting: measure.buildsOnExisting,
    public: measure.public,
    ...changes,
  };
}

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Downloads the roadmap as a PDF or XLSX document and hands it to the browser as a file. */
export function useRoadmapDownload(siteId: string) {
  return useMutation({
    mutationFn: (format: DocumentFormat) =>
      download(
        api.GET('/api/v1/sites/{siteId}/roadmap/export', {
          params: { path: { siteId }, query: { format } },
          headers: { Accept: `${MEDIA_TYPES[format]}, application/problem+json` },
          parseAs: 'blob',
        }),
        `Fahrplan.${format}`,
      ),
  });
}

const replaced = <T extends { id: string }>(items: T[], item: T) => items.map((x) => (x.id === item.id ? item : x));

export function useRoadmapMutations(siteId: string) {
  const client = useQueryClient();
  const roadmap = () => client.getQueryData<LoadedRoadmap>(key(siteId));
  const patch = (change: (r: LoadedRoadmap) => LoadedRoadmap) =>
    client.setQueryData<LoadedRoadmap>(key(siteId), (r) => r && change(r));
  const patchGoal = (goalId: string, change: (g: Goal) => Goal) =>
    patch((r) => ({ ...r, goals: r.goals.map((g) => (g.id === goalId ? change(g) : g)) }));
  const store = (answer: Tagged<Roadmap>) => client.setQueryData(key(siteId), loaded(answer));
  const refetch = () => client.invalidateQueries({ queryKey: key(siteId) });
  // The first goal or milestone of a site creates its roadmap, with the programme's process modules as milestones,
  // which the answer does not carry: a roadmap without milestones may not exist yet, so it is fetched again.
  const mayCreateRoadmap = () => roadmap()?.milestones.length === 0;
  return {
    saveVision: useApiMutation(
      ({ vision, etag }: { vision: string; etag: string }) =>
        api.PUT('/api/v1/sites/{siteId}/roadmap', {
          params: { path: { siteId }, header: { 'If-Match': etag } },
          body: { vision },
        }),
      store,
    ),
    step: useApiMutation(
      ({
        step,
        etag,
        adoption,
      }: {
        step: 'adoption' | 'implementation-start' | 'completion';
        etag: string;
        adoption?: { adoptedOn: string; councilResolution: string };
      }) => {
        const params = { path: { siteId }, header: { 'If-Match': etag } };
        if (step === 'adoption')
          return api.POST('/api/v1/sites/{siteId}/roadmap/adoption', { params, body: adoption! });
        if (step === 'implementation-start')
          return api.POST('/api/v1/sites/{siteId}/roadmap/implementation-start', { params });
        return api.POST('/api/v1/sites/{siteId}/roadmap/completion', { params });
      },
      store,
    ),
    addGoal: useApiMutation(
      (title: string) => api.POST('/api/v1/sites/{siteId}/goals', { params: { path: { siteId } }, body: { title } }),
      ({ body: goal }) => {
        if (mayCreateRoadmap()) return refetch();
        // A goal without measures has no progress: the roadmap's stays as it is.
        patch((r) => ({ ...r, goals: [...r.goals, goal] }));
      },
    ),
    updateGoal: useApiMutation(
      ({ goal, input }: { goal: Goal; input: GoalInput }) =>
        api.PUT('/api/v1/goals/{goalId}', {
          params: { path: { goalId: goal.id }, header: { 'If-Match': listItemETag(goal) } },
          body: input,
        }),
      ({ body: saved }) => patchGoal(saved.id, () => saved),
    ),
    deleteGoal: useApiMutation(
      (goal: Goal) =>
        api.DELETE('/api/v1/goals/{goalId}', {
          params: { path: { goalId: goal.id }, header: { 'If-Match': listItemETag(goal) } },
        }),
      // Only a goal without measures can be deleted: it had no progress, so the roadmap's stays as it is.
      (_, goal) => patch((r) => ({ ...r, goals: r.goals.filter((g) => g.id !== goal.id) })),
    ),
    addMeasure: useApiMutation(
      ({ goalId, title, topicId }: { goalId: string; title: string; topicId?: string }) =>
        api.POST('/api/v1/goals/{goalId}/measures', {
          params: { path: { goalId } },
          body: { title, ...(topicId ? { topicId } : {}), status: 'PLANNED', progress: 0 },
        }),
      ({ body: measure }) => {
        patchGoal(measure.goalId, (g) => ({ ...g, measures: [...g.measures, measure] }));
        // Goal and roadmap progress are means the server derives from all measures; the answer carries one measure.
        return refetch();
      },
    ),
    /** Saves a measure (the quick status and progress changes as well as the full form). */
    updateMeasure: useApiMutation(
      ({ measure, input }: { measure: Measure; input: MeasureInput }) =>
        api.PUT('/api/v1/measures/{measureId}', {
          params: { path: { measureId: measure.id }, header: { 'If-Match': listItemETag(measure) } },
          body: input,
        }),
      ({ body: saved }, { measure }) => {
        patchGoal(saved.goalId, (g) => ({ ...g, measures: replaced(g.measures, saved) }));
        // Status and progress feed the goal's and the roadmap's progress, which the server derives (see addMeasure).
        if (saved.status !== measure.status || saved.progress !== measure.progress) return refetch();
      },
    ),
    addMilestone: useApiMutation(
      (input: MilestoneInput) =>
        api.POST('/api/v1/sites/{siteId}/milestones', { params: { path: { siteId } }, body: input }),
      ({ body: milestone }) => {
        if (mayCreateRoadmap()) return refetch();
        patch((r) => ({ ...r, milestones: [...r.milestones, milestone] }));
      },
    ),
    updateMilestone: useApiMutation(
      ({ milestone, input }: { milestone: Milestone; input: MilestoneInput }) =>
        api.PUT('/api/v1/milestones/{milestoneId}', {
          params: { path: { milestoneId: milestone.id }, header: { 'If-Match': listItemETag(milestone) } },
          body: input,
        }),
      ({ body: saved }) => patch((r) => ({ ...r, milestones: replaced(r.milestones, saved) })),
    ),
  };
}

export type RoadmapMutations = ReturnType<typeof useRoadmapMutations>;
