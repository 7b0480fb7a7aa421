import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ProblemError, type Schemas } from '../../../lib/api/client';
import { body, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';
import { roundKeys } from '../../../lib/api/rounds';

export type DecisionInput = Schemas['DecisionInput'];
export type ReviewInput = Schemas['ReviewInput'];
type Review = Schemas['Review'];

/** My review with its ETag, or null before the first save. */
type MyReview = { review: Review; etag: string } | null;

const keys = {
  submitted: (roundId: string) => ['selection', roundId, 'submitted'] as const,
  myReview: (applicationId: string) => ['selection', 'review', applicationId] as const,
  ranking: (roundId: string) => ['selection', roundId, 'ranking'] as const,
  proposal: (roundId: string) => ['selection', roundId, 'proposal'] as const,
  decisions: (roundId: string) => ['selection', roundId, 'decisions'] as const,
};

const myReview = ({ body: review, etag }: Tagged<Review>): MyReview => ({ review, etag });

export function useSubmittedApplications(roundId: string) {
  return useQuery({
    queryKey: keys.submitted(roundId),
    queryFn: async () =>
      (
        await body(
          api.GET('/api/v1/rounds/{roundId}/applications', {
            params: { path: { roundId }, query: { status: 'SUBMITTED', size: 200 } },
          }),
        )
      ).items,
  });
}

export function useMyReview(applicationId: string | undefined) {
  return useQuery({
    queryKey: keys.myReview(applicationId ?? ''),
    enabled: !!applicationId,
    queryFn: async () => {
      try {
        return myReview(
          await tagged(
            api.GET('/api/v1/applications/{applicationId}/reviews/mine', {
              params: { path: { applicationId: applicationId! } },
            }),
          ),
        );
      } catch (e) {
        if (e instanceof ProblemError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useSaveReview(applicationId: string, roundId: string) {
  const client = useQueryClient();
  return useApiMutation(
    ({ input, etag }: { input: ReviewInput; etag: string }) =>
      api.PUT('/api/v1/applications/{applicationId}/reviews/mine', {
        params: { path: { applicationId }, header: { 'If-Match': etag } },
        body: input,
      }),
    (answer) => {
      client.setQueryData(keys.myReview(applicationId), myReview(answer));
      // The ranking and the proposal weigh every member's reviews: the server's to compute.
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.ranking(roundId) }),
        client.invalidateQueries({ queryKey: keys.proposal(roundId) }),
      ]);
    },
  );
}

export function useRanking(roundId: string) {
  return useQuery({
    queryKey: keys.ranking(roundId),
    queryFn: () => body(api.GET('/api/v1/rounds/{roundId}/ranking', { params: { path: { roundId } } })),
  });
}

export function useProposal(roundId: string) {
  return useQuery({
    queryKey: keys.proposal(roundId),
    queryFn: () => body(api.GET('/api/v1/rounds/{roundId}/selection-proposal', { params: { path: { roundId } } })),
  });
}

export function useDecisions(roundId: string) {
  return useQuery({
    queryKey: keys.decisions(roundId),
    queryFn: () => body(api.GET('/api/v1/rounds/{roundId}/decisions', { params: { path: { roundId } } })),
  });
}

/** Saves the draft (creating it if needed) and, when asked, finalises it with the ETag the save returned. */
export function useSaveDecision(roundId: string) {
  const client = useQueryClient();
  return useApiMutation(
    async ({ draftId, input, finalise }: { draftId?: string; input: DecisionInput; finalise: boolean }) => {
      let saving;
      if (draftId) {
        const current = await tagged(
          api.GET('/api/v1/decisions/{decisionId}', { params: { path: { decisionId: draftId } } }),
        );
        saving = api.PUT('/api/v1/decisions/{decisionId}', {
          params: { path: { decisionId: draftId }, header: { 'If-Match': current.etag } },
          body: input,
        });
      } else {
        saving = api.POST('/api/v1/rounds/{roundId}/decisions', { params: { path: { roundId } }, body: input });
      }
      if (!finalise) return saving;
      const saved = await tagged(saving);
      return api.POST('/api/v1/decisions/{decisionId}/finalisation', {
        params: { path: { decisionId: saved.body.id }, header: { 'If-Match': saved.etag } },
      });
    },
    undefined,
    {
      // The decisions and the round follow from the decision; also after a refused finalisation, as its save went through.
      onSettled: () =>
        Promise.all([
          client.invalidateQueries({ queryKey: keys.decisions(roundId) }),
          client.invalidateQueries({ queryKey: roundKeys.all }),
        ]),
    },
  );
}
