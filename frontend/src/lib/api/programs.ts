import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { body } from './queries';

// Programmes as choices (rounds, events, dashboard and portal filters): the shared query lives here. Its key lies
// under the programme lists' (features/programs), so a saved programme refreshes the choices too.
export function usePublishedPrograms() {
  return useQuery({
    queryKey: ['programs', 'list', 'choices'],
    queryFn: async () => (await body(api.GET('/api/v1/programs', { params: { query: { size: 200 } } }))).items,
  });
}
