// Areas of the registry are read by several features (registry, applications, portal, network): shared queries here.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from './client';
import { body } from './queries';

export type AreaLevel = Schemas['AreaLevel'];
export type AreaQuery = { q?: string; level?: AreaLevel; districtKey?: string; page?: number; size?: number };

export const areaKeys = {
  all: ['administrative-areas'] as const,
  list: (query: AreaQuery) => [...areaKeys.all, 'list', query] as const,
  districts: () => [...areaKeys.all, 'districts'] as const,
};

export function areasQuery(query: AreaQuery) {
  return queryOptions({
    queryKey: areaKeys.list(query),
    queryFn: () => body(api.GET('/api/v1/administrative-areas', { params: { query: { ...query, sort: 'name,asc' } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAreas(query: AreaQuery) {
  return useQuery(areasQuery(query));
}

/** All 44 Kreise, for the filter and the map. Reference data: cached for the session. */
export function useDistricts() {
  return useQuery({
    queryKey: areaKeys.districts(),
    queryFn: async () =>
      (
        await body(
          api.GET('/api/v1/administrative-areas', {
            params: { query: { level: 'DISTRICT', size: 200, sort: 'name,asc' } },
          }),
        )
      ).items,
    staleTime: Infinity,
  });
}

/** One area by its key (e.g. the signed-in municipality's own). Reference data: cached for the session. */
export function useArea(key: string | undefined) {
  return useQuery({
    queryKey: [...areaKeys.all, 'one', key],
    queryFn: () => body(api.GET('/api/v1/administrative-areas/{key}', { params: { path: { key: key! } } })),
    enabled: Boolean(key),
    staleTime: Infinity,
  });
}
