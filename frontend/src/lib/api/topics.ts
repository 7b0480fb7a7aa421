import { useQuery } from '@tanstack/react-query';
import { api } from './client';

// The topics taxonomy (Handlungsfelder) is reference data for roadmaps, events and the portal: shared here.
export function useTopics() {
  return useQuery({
    queryKey: ['topics'],
    queryFn: async () => (await api.GET('/api/v1/topics')).data!,
    staleTime: Infinity,
  });
}
