import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body } from '../../../lib/api/queries';

export type MyOverview = Schemas['MyOverview'];
export type MyTask = Schemas['MyTask'];

export const meKeys = { overview: ['me', 'overview'] as const };

/** The caller's own work: one answer per role (GET /me/overview). */
export function useMyOverview(enabled = true) {
  return useQuery({
    queryKey: meKeys.overview,
    queryFn: () => body(api.GET('/api/v1/me/overview')),
    enabled,
    staleTime: 30_000,
  });
}
