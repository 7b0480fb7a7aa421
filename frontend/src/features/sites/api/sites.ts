import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type BookingInput = Schemas['BookingInput'];
export type FacilitationInput = Schemas['FacilitationInput'];

const keys = {
  site: (id: string) => ['sites', id] as const,
  facilitation: (id: string) => ['sites', id, 'facilitation'] as const,
  ledger: (id: string) => ['sites', id, 'ledger'] as const,
};

export function useSite(id: string) {
  return useQuery({
    queryKey: keys.site(id),
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/sites/{siteId}', { params: { path: { siteId: id } } });
      return { ...data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useFacilitation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.facilitation(id),
    enabled,
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/sites/{siteId}/facilitation', {
        params: { path: { siteId: id } },
      });
      return { facilitation: data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useLedger(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.ledger(id),
    enabled,
    queryFn: async () => (await api.GET('/api/v1/sites/{siteId}/bookings', { params: { path: { siteId: id } } })).data!,
  });
}

export function useSiteMutations(id: string) {
  const client = useQueryClient();
  return {
    assign: useMutation({
      mutationFn: async ({ input, etag }: { input: FacilitationInput; etag: string }) =>
        (
          await api.PUT('/api/v1/sites/{siteId}/facilitation', {
            params: { path: { siteId: id }, header: { 'If-Match': etag } },
            body: input,
          })
        ).data!,
      onSettled: () => client.invalidateQueries({ queryKey: keys.facilitation(id) }),
    }),
    book: useMutation({
      mutationFn: async (input: BookingInput) =>
        (await api.POST('/api/v1/sites/{siteId}/bookings', { params: { path: { siteId: id } }, body: input })).data!,
      onSuccess: () => client.invalidateQueries({ queryKey: keys.ledger(id) }),
    }),
    reverse: useMutation({
      mutationFn: async (bookingId: string) =>
        (await api.POST('/api/v1/bookings/{bookingId}/reversal', { params: { path: { bookingId } } })).data!,
      onSuccess: () => client.invalidateQueries({ queryKey: keys.ledger(id) }),
    }),
  };
}

/** A life-cycle step of the site, with the ETag of the version on screen. */
export function useSiteAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      action,
      etag,
      reason,
    }: {
      action: 'activation' | 'completion' | 'discontinuation';
      etag: string;
      reason?: string;
    }) => {
      const params = { path: { siteId: id }, header: { 'If-Match': etag } };
      if (action === 'activation') return (await api.POST('/api/v1/sites/{siteId}/activation', { params })).data!;
      if (action === 'completion') return (await api.POST('/api/v1/sites/{siteId}/completion', { params })).data!;
      return (await api.POST('/api/v1/sites/{siteId}/discontinuation', { params, body: { reason: reason ?? '' } }))
        .data!;
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['sites', id] }),
  });
}

export function useFacilitatorOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['facilitators', 'options'],
    enabled,
    queryFn: async () => (await api.GET('/api/v1/facilitators')).data!,
  });
}
