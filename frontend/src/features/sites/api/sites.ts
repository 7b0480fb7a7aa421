import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, invalidateBelow, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';

export type FacilitationInput = Schemas['FacilitationInput'];
type Site = Schemas['Site'];
type Facilitation = Schemas['Facilitation'];

const keys = {
  site: (id: string) => ['sites', id] as const,
  facilitation: (id: string) => ['sites', id, 'facilitation'] as const,
};

const loadedSite = ({ body, etag }: Tagged<Site>) => ({ ...body, etag });
const loadedFacilitation = ({ body: facilitation, etag }: Tagged<Facilitation>) => ({ facilitation, etag });

export function useSite(id: string) {
  return useQuery({
    queryKey: keys.site(id),
    queryFn: async () =>
      loadedSite(await tagged(api.GET('/api/v1/sites/{siteId}', { params: { path: { siteId: id } } }))),
  });
}

export function useFacilitation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.facilitation(id),
    enabled,
    queryFn: async () =>
      loadedFacilitation(
        await tagged(api.GET('/api/v1/sites/{siteId}/facilitation', { params: { path: { siteId: id } } })),
      ),
  });
}

/** Assigns the site's facilitators and dates, with the ETag of the version on screen. */
export function useAssignFacilitation(id: string) {
  const client = useQueryClient();
  return useApiMutation(
    ({ input, etag }: { input: FacilitationInput; etag: string }) =>
      api.PUT('/api/v1/sites/{siteId}/facilitation', {
        params: { path: { siteId: id }, header: { 'If-Match': etag } },
        body: input,
      }),
    (answer) => {
      client.setQueryData(keys.facilitation(id), loadedFacilitation(answer));
      // The site shares the facilitation's version (its ETag moved too: the next life-cycle step needs the new one),
      // and the facilitators' workload in the choice of facilitators changed.
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.site(id), exact: true }),
        client.invalidateQueries({ queryKey: ['facilitators', 'options'] }),
      ]);
    },
    // After a refusal (e.g. a 412) the facilitation on screen may be outdated.
    { onError: () => client.invalidateQueries({ queryKey: keys.facilitation(id) }) },
  );
}

/** A life-cycle step of the site, with the ETag of the version on screen. */
export function useSiteAction(id: string) {
  const client = useQueryClient();
  return useApiMutation(
    ({
      action,
      etag,
      reason,
    }: {
      action: 'activation' | 'completion' | 'discontinuation';
      etag: string;
      reason?: string;
    }) => {
      const params = { path: { siteId: id }, header: { 'If-Match': etag } };
      if (action === 'activation') return api.POST('/api/v1/sites/{siteId}/activation', { params });
      if (action === 'completion') return api.POST('/api/v1/sites/{siteId}/completion', { params });
      return api.POST('/api/v1/sites/{siteId}/discontinuation', { params, body: { reason: reason ?? '' } });
    },
    (answer) => {
      client.setQueryData(keys.site(id), loadedSite(answer));
      // The answer is the site alone; its roadmap, ledger and exchange follow its status, so they are fetched again.
      return invalidateBelow(client, keys.site(id));
    },
    // After a refusal (e.g. a 412) everything of the site on screen may be outdated.
    { onError: () => client.invalidateQueries({ queryKey: keys.site(id) }) },
  );
}

export function useFacilitatorOptions(enabled: boolean) {
  return useQuery({
    // Under the pool's key (features/facilitators): a facilitator added there refreshes the choices.
    queryKey: ['facilitators', 'options'],
    enabled,
    queryFn: () => body(api.GET('/api/v1/facilitators')),
  });
}
