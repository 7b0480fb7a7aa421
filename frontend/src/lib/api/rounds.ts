import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from './client';

// Rounds are read by several features (rounds, applications, selection): the shared query lives here.
export type Round = Schemas['Round'];

export const roundKeys = {
  all: ['rounds'] as const,
  list: (programId?: string) => [...roundKeys.all, 'list', programId ?? 'all'] as const,
  detail: (id: string) => [...roundKeys.all, 'detail', id] as const,
};

export function roundQuery(id: string) {
  return queryOptions({
    queryKey: roundKeys.detail(id),
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId: id } } });
      return { round: data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useRound(id: string) {
  return useQuery(roundQuery(id));
}

export const REGION_NAMES: Record<string, string> = {
  '081': 'Stuttgart',
  '082': 'Karlsruhe',
  '083': 'Freiburg',
  '084': 'Tübingen',
};

/** Every round (up to 200), for filters. */
export function useRounds() {
  return useQuery({
    queryKey: [...roundKeys.all, 'all'],
    queryFn: async () => (await api.GET('/api/v1/rounds', { params: { query: { size: 200 } } })).data!.items,
    staleTime: 60_000,
  });
}
