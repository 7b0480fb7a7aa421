import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';

export type Application = Schemas['Application'];
export type ApplicationInput = Schemas['ApplicationInput'];

/** The caller's live application with its ETag, or null when there is none. */
type MyApplication = { application: Application; etag: string } | null;

const keys = {
  mine: (roundId: string) => ['applications', 'round', roundId] as const,
};

/** The caller's live application in the round (a municipality sees only its own). */
export function useMyApplication(roundId: string) {
  return useQuery({
    queryKey: keys.mine(roundId),
    queryFn: async (): Promise<MyApplication> => {
      const list = await body(
        api.GET('/api/v1/rounds/{roundId}/applications', { params: { path: { roundId }, query: { size: 200 } } }),
      );
      const live = list.items.find((a) => a.status !== 'WITHDRAWN');
      if (!live) return null;
      const { body: application, etag } = await tagged(
        api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId: live.id } } }),
      );
      return { application, etag };
    },
  });
}

export function useApplicationMutations(roundId: string) {
  const client = useQueryClient();
  // Every answer is the whole application with its new ETag.
  const store = ({ body: application, etag }: Tagged<Application>) =>
    client.setQueryData(keys.mine(roundId), { application, etag } satisfies MyApplication);
  return {
    create: useApiMutation(
      (input: ApplicationInput) =>
        api.POST('/api/v1/rounds/{roundId}/applications', { params: { path: { roundId } }, body: input }),
      store,
    ),
    update: useApiMutation(
      ({ id, etag, input }: { id: string; etag: string; input: ApplicationInput }) =>
        api.PUT('/api/v1/applications/{applicationId}', {
          params: { path: { applicationId: id }, header: { 'If-Match': etag } },
          body: input,
        }),
      store,
    ),
    submit: useApiMutation(
      ({ id, etag }: { id: string; etag: string }) =>
        api.POST('/api/v1/applications/{applicationId}/submission', {
          params: { path: { applicationId: id }, header: { 'If-Match': etag } },
        }),
      store,
    ),
    withdraw: useApiMutation(
      ({ id, etag }: { id: string; etag: string }) =>
        api.POST('/api/v1/applications/{applicationId}/withdrawal', {
          params: { path: { applicationId: id }, header: { 'If-Match': etag } },
        }),
      // The server keeps one live application per applicant and round: once it is withdrawn there is none.
      () => client.setQueryData(keys.mine(roundId), null satisfies MyApplication),
    ),
  };
}
