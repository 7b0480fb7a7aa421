import { useQuery } from '@tanstack/react-query';
import { api } from './client';

// Programmes as choices (rounds, events, dashboard and portal filters): the shared query lives here.
export function usePublishedPrograms() {
  return useQuery({
    queryKey: ['programs', 'for-rounds'],
    queryFn: async () => (await api.GET('/api/v1/programs', { params: { query: { size: 200 } } })).data!.items,
  });
}
