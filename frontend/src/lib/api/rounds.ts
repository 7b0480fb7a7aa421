import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from './client';
import { body, tagged, type Tagged } from './queries';

// Rounds are read by several features (rounds, applications, selection): the shared query lives here.
export type Round = Schemas['Round'];

export const roundKeys = {
  all: ['rounds'] as const,
  lists: () => [...roundKeys.all, 'list'] as const,
  list: (programId?: string) => [...roundKeys.lists(), programId ?? 'all'] as const,
  choices: () => [...roundKeys.lists(), 'choices'] as const,
  detail: (id: string) => [...roundKeys.all, 'detail', id] as const,
};

/** A round with the ETag it was sent with, as its query holds it. */
export const versionedRound = ({ body: round, etag }: Tagged<Round>) => ({ round, etag });

export function roundQuery(id: string) {
  return queryOptions({
    queryKey: roundKeys.detail(id),
    queryFn: async () =>
      versionedRound(await tagged(api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId: id } } }))),
  });
}

export function useRound(id: string) {
  return useQuery(roundQuery(id));
}

/** Every round (up to 200), for filters. */
export function useRounds() {
  return useQuery({
    queryKey: roundKeys.choices(),
    queryFn: async () => (await body(api.GET('/api/v1/rounds', { params: { query: { size: 200 } } }))).items,
    staleTime: 60_000,
  });
}
