import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, invalidateBelow, useApiMutation } from '../../../lib/api/queries';
import { roundKeys, versionedRound } from '../../../lib/api/rounds';

export type RoundInput = Schemas['RoundInput'];
export type RoundAction = 'opening' | 'review-start' | 'start' | 'closing';

export function useRounds() {
  return useQuery({
    queryKey: roundKeys.list(),
    queryFn: () => body(api.GET('/api/v1/rounds', { params: { query: { size: 200 } } })),
  });
}

/** The round's applications that reached the programme (drafts stay with their municipality), for office and steering group. */
export function useRoundApplications(roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...roundKeys.detail(roundId), 'applications'],
    queryFn: async () =>
      (
        await body(
          api.GET('/api/v1/rounds/{roundId}/applications', { params: { path: { roundId }, query: { size: 200 } } }),
        )
      ).items.filter((a) => a.status !== 'DRAFT'),
    enabled,
  });
}

export function useCreateRound() {
  const client = useQueryClient();
  return useApiMutation(
    (input: RoundInput) => api.POST('/api/v1/rounds', { body: input }),
    (answer) => {
      client.setQueryData(roundKeys.detail(answer.body.id), versionedRound(answer));
      // Where the new round belongs in the lists is the server's to say.
      return client.invalidateQueries({ queryKey: roundKeys.lists() });
    },
  );
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
  return useApiMutation(
    ({ action, etag }: { action: RoundAction; etag: string }) =>
      api.POST(ACTION_PATHS[action], { params: { path: { roundId }, header: { 'If-Match': etag } } }),
    (answer) => {
      client.setQueryData(roundKeys.detail(roundId), versionedRound(answer));
      // The answer is the round alone: the lists show its status, and a step changes what lies below it (the start
      // creates the sites), so those are fetched again.
      return Promise.all([
        invalidateBelow(client, roundKeys.detail(roundId)),
        client.invalidateQueries({ queryKey: roundKeys.lists() }),
      ]);
    },
  );
}
