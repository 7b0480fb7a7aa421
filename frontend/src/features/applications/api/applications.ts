import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Application = Schemas['Application'];
export type ApplicationInput = Schemas['ApplicationInput'];

const keys = {
  mine: (roundId: string) => ['applications', 'round', roundId] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
};

/** The caller's live application in the round (a municipality sees only its own). */
export function useMyApplication(roundId: string) {
  return useQuery({
    queryKey: keys.mine(roundId),
    queryFn: async () => {
      const list = (
        await api.GET('/api/v1/rounds/{roundId}/applications', { params: { path: { roundId }, query: { size: 200 } } })
      ).data!;
      const live = list.items.find((a) => a.status !== 'WITHDRAWN');
      if (!live) return null;
      const { data, response } = await api.GET('/api/v1/applications/{applicationId}', {
        params: { path: { applicationId: live.id } },
      });
      return { application: data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useApplicationMutations(roundId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.mine(roundId) });
  return {
    create: useMutation({
      mutationFn: async (input: ApplicationInput) =>
        (await api.POST('/api/v1/rounds/{roundId}/applications', { params: { path: { roundId } }, body: input })).data!,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async ({ id, etag, input }: { id: string; etag: string; input: ApplicationInput }) =>
        (
          await api.PUT('/api/v1/applications/{applicationId}', {
            params: { path: { applicationId: id }, header: { 'If-Match': etag } },
            body: input,
          })
        ).data!,
      onSuccess: refresh,
    }),
    submit: useMutation({
      mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
        (
          await api.POST('/api/v1/applications/{applicationId}/submission', {
            params: { path: { applicationId: id }, header: { 'If-Match': etag } },
          })
        ).data!,
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: async ({ id, etag }: { id: string; etag: string }) =>
        (
          await api.POST('/api/v1/applications/{applicationId}/withdrawal', {
            params: { path: { applicationId: id }, header: { 'If-Match': etag } },
          })
        ).data!,
      onSuccess: refresh,
    }),
  };
}
