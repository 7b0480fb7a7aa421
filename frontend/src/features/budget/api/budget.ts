import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, useApiMutation } from '../../../lib/api/queries';

export type BookingInput = Schemas['BookingInput'];

// Under the site's key: a life-cycle step of the site refreshes its ledger too.
const ledgerKey = (siteId: string) => ['sites', siteId, 'ledger'] as const;

/** The site's bookings with granted, booked and remaining amounts (programme office and steering group). */
export function useLedger(siteId: string) {
  return useQuery({
    queryKey: ledgerKey(siteId),
    queryFn: () => body(api.GET('/api/v1/sites/{siteId}/bookings', { params: { path: { siteId } } })),
  });
}

export function useBookingMutations(siteId: string) {
  const client = useQueryClient();
  // The answer is the one booking; the ledger's booked and remaining amounts are the server's sums.
  const refresh = () => client.invalidateQueries({ queryKey: ledgerKey(siteId) });
  return {
    book: useApiMutation(
      (input: BookingInput) =>
        api.POST('/api/v1/sites/{siteId}/bookings', { params: { path: { siteId } }, body: input }),
      refresh,
    ),
    reverse: useApiMutation(
      (bookingId: string) => api.POST('/api/v1/bookings/{bookingId}/reversal', { params: { path: { bookingId } } }),
      refresh,
    ),
  };
}
