import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, attachmentName, saveFile, type Schemas } from '../../../lib/api/client';

export type Roadmap = Schemas['Roadmap'];
export type Goal = Schemas['Goal'];
export type Measure = Schemas['Measure'];
export type MeasureInput = Schemas['MeasureInput'];
export type GoalInput = Schemas['GoalInput'];
export type Milestone = Schemas['Milestone'];
export type MilestoneInput = Schemas['MilestoneInput'];
export type MeasureStatus = Schemas['MeasureStatus'];
export type DocumentFormat = Schemas['DocumentFormat'];

const key = (siteId: string) => ['sites', siteId, 'roadmap'] as const;

export function useRoadmap(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(siteId),
    enabled,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/sites/{siteId}/roadmap', { params: { path: { siteId } } });
      return { ...data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

/** The item's version as the ETag the API expects in If-Match. */
const etag = (version: number) => `"${version}"`;

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
    mutationFn: async (format: DocumentFormat) => {
      const { data, response } = await api.GET('/api/v1/sites/{siteId}/roadmap/export', {
        params: { path: { siteId }, query: { format } },
        headers: { Accept: `${MEDIA_TYPES[format]}, application/problem+json` },
        parseAs: 'blob',
      });
      saveFile(data as Blob, attachmentName(response.headers.get('Content-Disposition')) ?? `Fahrplan.${format}`);
    },
  });
}

export function useRoadmapMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: key(siteId) });
  return {
    saveVision: useMutation({
      mutationFn: async ({ vision, etag }: { vision: string; etag: string }) =>
        (
          await api.PUT('/api/v1/sites/{siteId}/roadmap', {
            params: { path: { siteId }, header: { 'If-Match': etag } },
            body: { vision },
          })
        ).data!,
      onSuccess: refresh,
    }),
    step: useMutation({
      mutationFn: async ({
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
          return (await api.POST('/api/v1/sites/{siteId}/roadmap/adoption', { params, body: adoption! })).data!;
        if (step === 'implementation-start')
          return (await api.POST('/api/v1/sites/{siteId}/roadmap/implementation-start', { params })).data!;
        return (await api.POST('/api/v1/sites/{siteId}/roadmap/completion', { params })).data!;
      },
      onSuccess: refresh,
    }),
    addGoal: useMutation({
      mutationFn: async (title: string) =>
        (await api.POST('/api/v1/sites/{siteId}/goals', { params: { path: { siteId } }, body: { title } })).data!,
      onSuccess: refresh,
    }),
    updateGoal: useMutation({
      mutationFn: async ({ goal, input }: { goal: Goal; input: GoalInput }) =>
        (
          await api.PUT('/api/v1/goals/{goalId}', {
            params: { path: { goalId: goal.id }, header: { 'If-Match': etag(goal.version) } },
            body: input,
          })
        ).data!,
      onSuccess: refresh,
    }),
    deleteGoal: useMutation({
      mutationFn: async (goal: Goal) => {
        await api.DELETE('/api/v1/goals/{goalId}', {
          params: { path: { goalId: goal.id }, header: { 'If-Match': etag(goal.version) } },
        });
      },
      onSuccess: refresh,
    }),
    addMeasure: useMutation({
      mutationFn: async ({ goalId, title, topicId }: { goalId: string; title: string; topicId?: string }) =>
        (
          await api.POST('/api/v1/goals/{goalId}/measures', {
            params: { path: { goalId } },
            body: { title, ...(topicId ? { topicId } : {}), status: 'PLANNED', progress: 0 },
          })
        ).data!,
      onSuccess: refresh,
    }),
    /** Saves a measure (the quick status and progress changes as well as the full form). */
    updateMeasure: useMutation({
      mutationFn: async ({ measure, input }: { measure: Measure; input: MeasureInput }) =>
        (
          await api.PUT('/api/v1/measures/{measureId}', {
            params: { path: { measureId: measure.id }, header: { 'If-Match': etag(measure.version) } },
            body: input,
          })
        ).data!,
      onSuccess: refresh,
    }),
    addMilestone: useMutation({
      mutationFn: async (input: MilestoneInput) =>
        (await api.POST('/api/v1/sites/{siteId}/milestones', { params: { path: { siteId } }, body: input })).data!,
      onSuccess: refresh,
    }),
    updateMilestone: useMutation({
      mutationFn: async ({ milestone, input }: { milestone: Milestone; input: MilestoneInput }) =>
        (
          await api.PUT('/api/v1/milestones/{milestoneId}', {
            params: { path: { milestoneId: milestone.id }, header: { 'If-Match': etag(milestone.version) } },
            body: input,
          })
        ).data!,
      onSuccess: refresh,
    }),
  };
}

export type RoadmapMutations = ReturnType<typeof useRoadmapMutations>;
