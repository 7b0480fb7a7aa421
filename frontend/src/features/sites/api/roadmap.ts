import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Roadmap = Schemas['Roadmap'];
export type Measure = Schemas['Measure'];
export type MeasureStatus = Schemas['MeasureStatus'];

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

export function useTopics() {
  return useQuery({ queryKey: ['topics'], queryFn: async () => (await api.GET('/api/v1/topics')).data!, staleTime: Infinity });
}

/** The item's version as the ETag the API expects in If-Match. */
const etag = (version: number) => `"${version}"`;

export function useRoadmapMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: key(siteId) });
  return {
    saveVision: useMutation({
      mutationFn: async ({ vision, etag }: { vision: string; etag: string }) =>
        (await api.PUT('/api/v1/sites/{siteId}/roadmap', { params: { path: { siteId }, header: { 'If-Match': etag } }, body: { vision } })).data!,
      onSettled: refresh,
    }),
    step: useMutation({
      mutationFn: async ({ step, etag, adoption }: { step: 'adoption' | 'implementation-start' | 'completion'; etag: string; adoption?: { adoptedOn: string; councilResolution: string } }) => {
        const params = { path: { siteId }, header: { 'If-Match': etag } };
        if (step === 'adoption') return (await api.POST('/api/v1/sites/{siteId}/roadmap/adoption', { params, body: adoption! })).data!;
        if (step === 'implementation-start') return (await api.POST('/api/v1/sites/{siteId}/roadmap/implementation-start', { params })).data!;
        return (await api.POST('/api/v1/sites/{siteId}/roadmap/completion', { params })).data!;
      },
      onSettled: refresh,
    }),
    addGoal: useMutation({
      mutationFn: async (title: string) => (await api.POST('/api/v1/sites/{siteId}/goals', { params: { path: { siteId } }, body: { title } })).data!,
      onSuccess: refresh,
    }),
    addMeasure: useMutation({
      mutationFn: async ({ goalId, title, topicId }: { goalId: string; title: string; topicId?: string }) =>
        (await api.POST('/api/v1/goals/{goalId}/measures', { params: { path: { goalId } }, body: { title, ...(topicId ? { topicId } : {}), status: 'PLANNED', progress: 0 } })).data!,
      onSuccess: refresh,
    }),
    setStatus: useMutation({
      mutationFn: async ({ measure, status }: { measure: Measure; status: MeasureStatus }) =>
        (await api.PUT('/api/v1/measures/{measureId}', {
          params: { path: { measureId: measure.id }, header: { 'If-Match': etag(measure.version) } },
          body: {
            title: measure.title, description: measure.description, topicId: measure.topicId, responsible: measure.responsible,
            partners: measure.partners, startDate: measure.startDate, endDate: measure.endDate, status, progress: measure.progress,
            buildsOnExisting: measure.buildsOnExisting, public: measure.public,
          },
        })).data!,
      onSettled: refresh,
    }),
  };
}
