import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type GoodPractice = Schemas['GoodPractice'];
export type GoodPracticeInput = Schemas['GoodPracticeInput'];

export function useSiteExchange(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['sites', siteId, 'exchange'],
    enabled,
    queryFn: async () => (await api.GET('/api/v1/sites/{siteId}/exchange', { params: { path: { siteId } } })).data!,
  });
}

export function useExchangeMatrix(roundId?: string) {
  return useQuery({
    queryKey: ['exchange', 'matrix', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/exchange/matrix', { params: { query: roundId ? { roundId } : {} } })).data!,
  });
}

export function useTopicSites() {
  return useQuery({
    queryKey: ['exchange', 'topics'],
    queryFn: async () => (await api.GET('/api/v1/exchange/topics')).data!,
  });
}

export function useGoodPractices(enabled: boolean) {
  return useQuery({
    queryKey: ['good-practices'],
    enabled,
    queryFn: async () => (await api.GET('/api/v1/good-practices')).data!,
  });
}

export function useGoodPracticeMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['good-practices'] });
  return {
    create: useMutation({
      mutationFn: async (input: GoodPracticeInput) =>
        (await api.POST('/api/v1/sites/{siteId}/good-practices', { params: { path: { siteId } }, body: input })).data!,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async ({ practice, input }: { practice: GoodPractice; input: GoodPracticeInput }) =>
        (
          await api.PUT('/api/v1/good-practices/{goodPracticeId}', {
            params: { path: { goodPracticeId: practice.id }, header: { 'If-Match': `"${practice.version}"` } },
            body: input,
          })
        ).data!,
      onSuccess: refresh,
    }),
  };
}
