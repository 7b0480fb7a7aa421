import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { roundKeys } from '../../../lib/api/rounds';

export type RoundInput = Schemas['RoundInput'];
export type RoundAction = 'opening' | 'review-start' | 'start' | 'closing';

export function useRounds() {
  return useQuery({
    queryKey: roundKeys.list(),
    queryFn: async () => (await api.GET('/api/v1/rounds', { params: { query: { size: 200 } } })).data!,
  });
}

export function useSites(roundId: string) {
  return useQuery({
    queryKey: [...roundKeys.detail(roundId), 'sites'],
    queryFn: async () => (await api.GET('/api/v1/rounds/{roundId}/sites', { params: { path: { roundId } } })).data!,
  });
}

/** The round's applications that reached the programme (drafts stay with their municipality), for office and steering group. */
export function useRoundApplications(roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...roundKeys.detail(roundId), 'applications'],
    queryFn: async () =>
      (
        await api.GET('/api/v1/rounds/{roundId}/applications', {
          params: { path: { roundId }, query: { size: 200 } },
        })
      ).data!.items.filter((a) => a.status !== 'DRAFT'),
    enabled,
  });
}

export function useCreateRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: RoundInput) => (await api.POST('/api/v1/rounds', { body: input })).data!,
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

const ACTION_PATHS = {
  opening: '/api/v1/rounds/{roundId}/opening',
  'review-start': '/api/v1/rounds/{roundId}/review-start',
  start: '/api/v1/rounds/{roundId}/start',
  closing: '/api/v1/rounds/{roundId}/closing',
} as const;

/** A life-cycle step, sent with the ETag of the version the user saw. */
export function useRoundAction(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, etag }: { action: RoundAction; etag: string }) =>
      (await api.POST(ACTION_PATHS[action], { params: { path: { roundId }, header: { 'If-Match': etag } } })).data!,
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
