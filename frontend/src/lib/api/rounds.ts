import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from './client';
import { body, tagged, type Tagged } from './queries';

// Rounds are read by several features (rounds, applications, selection, network): the shared queries live here, under
// the keys the rounds feature's changes refresh.
export type Round = Schemas['Round'];

export const roundKeys = {
  all: ['rounds'] as const,
  lists: () => [...roundKeys.all, 'list'] as const,
  list: (programId?: string) => [...roundKeys.lists(), programId ?? 'all'] as const,
  choices: () => [...roundKeys.lists(), 'choices'] as const,
  programChoices: (programId: string | null) => [...roundKeys.choices(), programId] as const,
  detail: (id: string) => [...roundKeys.all, 'detail', id] as const,
  // Under the round's detail: a step refreshes them (the start creates the sites).
  sites: (id: string | null) => [...roundKeys.all, 'detail', id, 'sites'] as const,
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

/** The rounds of one programme (up to 200), for choices; none before a programme is chosen. */
export function useProgramRounds(programId: string | null) {
  return useQuery({
    queryKey: roundKeys.programChoices(programId),
    queryFn: programId
      ? async () => (await body(api.GET('/api/v1/rounds', { params: { query: { programId, size: 200 } } }))).items
      : skipToken,
  });
}

/** The sites a round started; none before a round is chosen. */
export function useRoundSites(roundId: string | null) {
  return useQuery({
    queryKey: roundKeys.sites(roundId),
    queryFn: roundId
      ? () => body(api.GET('/api/v1/rounds/{roundId}/sites', { params: { path: { roundId } } }))
      : skipToken,
  });
}
