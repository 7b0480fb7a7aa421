import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { body } from './queries';

// The topics taxonomy (Handlungsfelder) is reference data for applications, roadmaps, events and the portal.
export function useTopics() {
  return useQuery({
    queryKey: ['topics'],
    queryFn: () => body(api.GET('/api/v1/topics')),
    staleTime: Infinity,
  });
}
