import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, listItemETag, useApiMutation } from '../../../lib/api/queries';

export type GoodPractice = Schemas['GoodPractice'];
export type GoodPracticeInput = Schemas['GoodPracticeInput'];

const goodPracticesKey = ['good-practices'] as const;

export function useSiteExchange(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['sites', siteId, 'exchange'],
    enabled,
    queryFn: () => body(api.GET('/api/v1/sites/{siteId}/exchange', { params: { path: { siteId } } })),
  });
}

export function useExchangeMatrix(roundId?: string) {
  return useQuery({
    queryKey: ['exchange', 'matrix', roundId],
    queryFn: () => body(api.GET('/api/v1/exchange/matrix', { params: { query: roundId ? { roundId } : {} } })),
  });
}

export function useTopicSites() {
  return useQuery({
    queryKey: ['exchange', 'topics'],
    queryFn: () => body(api.GET('/api/v1/exchange/topics')),
  });
}

export function useGoodPractices(enabled: boolean) {
  return useQuery({
    queryKey: goodPracticesKey,
    enabled,
    queryFn: () => body(api.GET('/api/v1/good-practices')),
  });
}

export function useGoodPracticeMutations(siteId: string) {
  const client = useQueryClient();
  return {
    create: useApiMutation(
      (input: GoodPracticeInput) =>
        api.POST('/api/v1/sites/{siteId}/good-practices', { params: { path: { siteId } }, body: input }),
      // Where the new one belongs in the list is the server's to say.
      () => client.invalidateQueries({ queryKey: goodPracticesKey }),
    ),
    update: useApiMutation(
      ({ practice, input }: { practice: GoodPractice; input: GoodPracticeInput }) =>
        api.PUT('/api/v1/good-practices/{goodPracticeId}', {
          params: { path: { goodPracticeId: practice.id }, header: { 'If-Match': listItemETag(practice) } },
          body: input,
        }),
      ({ body: saved }) =>
        client.setQueryData<GoodPractice[]>(goodPracticesKey, (list) =>
          list?.map((p) => (p.id === saved.id ? saved : p)),
        ),
    ),
  };
}
