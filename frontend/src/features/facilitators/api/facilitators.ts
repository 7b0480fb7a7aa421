import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, useApiMutation } from '../../../lib/api/queries';

export type FacilitatorInput = Schemas['FacilitatorInput'];

// Every query of the pool lies under ['facilitators'], the sites' choice of facilitators too.
const facilitatorKeys = {
  all: ['facilitators'] as const,
  pool: () => [...facilitatorKeys.all, 'pool'] as const,
};

/** The pool, by name, with everybody's workload. */
export function useFacilitatorPool() {
  return useQuery({ queryKey: facilitatorKeys.pool(), queryFn: () => body(api.GET('/api/v1/facilitators')) });
}

export function useCreateFacilitator() {
  const client = useQueryClient();
  return useApiMutation(
    (input: FacilitatorInput) => api.POST('/api/v1/facilitators', { body: input }),
    // Where the new facilitator belongs in the pool is the server's to say.
    () => client.invalidateQueries({ queryKey: facilitatorKeys.all }),
  );
}
