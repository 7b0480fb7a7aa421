import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ProblemError, type Schemas } from '../../../lib/api/client';
import { roundKeys } from '../../../lib/api/rounds';

export type DecisionInput = Schemas['DecisionInput'];
export type ReviewInput = Schemas['ReviewInput'];

const keys = {
  submitted: (roundId: string) => ['selection', roundId, 'submitted'] as const,
  myReview: (applicationId: string) => ['selection', 'review', applicationId] as const,
  ranking: (roundId: string) => ['selection', roundId, 'ranking'] as const,
  proposal: (roundId: string) => ['selection', roundId, 'proposal'] as const,
  decisions: (roundId: string) => ['selection', roundId, 'decisions'] as const,
};

export function useSubmittedApplications(roundId: string) {
  return useQuery({
    queryKey: keys.submitted(roundId),
    queryFn: async () =>
      (
        await api.GET('/api/v1/rounds/{roundId}/applications', {
          params: { path: { roundId }, query: { status: 'SUBMITTED', size: 200 } },
        })
      ).data!.items,
  });
}

/** My review with its ETag, or null before the first save. */
export function useMyReview(applicationId: string | undefined) {
  return useQuery({
    queryKey: keys.myReview(applicationId ?? ''),
    enabled: !!applicationId,
    queryFn: async () => {
      try {
        const { data, response } = await api.GET('/api/v1/applications/{applicationId}/reviews/mine', {
          params: { path: { applicationId: applicationId! } },
        });
        return { review: data!, etag: response.headers.get('ETag') ?? '' };
      } catch (e) {
        if (e instanceof ProblemError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useSaveReview(applicationId: string, roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: ReviewInput; etag: string }) => {
      const { data, response } = await api.PUT('/api/v1/applications/{applicationId}/reviews/mine', {
        params: { path: { applicationId }, header: { 'If-Match': etag } },
        body: input,
      });
      return { review: data!, etag: response.headers.get('ETag') ?? '' };
    },
    onSuccess: (saved) => {
      client.setQueryData(keys.myReview(applicationId), saved);
      void client.invalidateQueries({ queryKey: keys.ranking(roundId) });
    },
  });
}

export function useRanking(roundId: string) {
  return useQuery({
    queryKey: keys.ranking(roundId),
    queryFn: async () => (await api.GET('/api/v1/rounds/{roundId}/ranking', { params: { path: { roundId } } })).data!,
  });
}

export function useProposal(roundId: string) {
  return useQuery({
    queryKey: keys.proposal(roundId),
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{roundId}/selection-proposal', { params: { path: { roundId } } })).data!,
  });
}

export function useDecisions(roundId: string) {
  return useQuery({
    queryKey: keys.decisions(roundId),
    queryFn: async () => (await api.GET('/api/v1/rounds/{roundId}/decisions', { params: { path: { roundId } } })).data!,
  });
}

/** Saves the draft (creating it if needed) and, when asked, finalises it with the ETag the save returned. */
export function useSaveDecision(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ draftId, input, finalise }: { draftId?: string; input: DecisionInput; finalise: boolean }) => {
      let saved;
      if (draftId) {
        const current = await api.GET('/api/v1/decisions/{decisionId}', { params: { path: { decisionId: draftId } } });
        saved = await api.PUT('/api/v1/decisions/{decisionId}', {
          params: { path: { decisionId: draftId }, header: { 'If-Match': current.response.headers.get('ETag') ?? '' } },
          body: input,
        });
      } else {
        saved = await api.POST('/api/v1/rounds/{roundId}/decisions', { params: { path: { roundId } }, body: input });
      }
      if (!finalise) return saved.data!;
      return (
        await api.POST('/api/v1/decisions/{decisionId}/finalisation', {
          params: {
            path: { decisionId: saved.data!.id },
            header: { 'If-Match': saved.response.headers.get('ETag') ?? '' },
          },
        })
      ).data!;
    },
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.decisions(roundId) }),
        client.invalidateQueries({ queryKey: roundKeys.all }),
      ]),
  });
}
