import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ProblemError } from './api/client';
import { focusFirstInvalidFieldWhenShown } from './invalidFieldFocus';

/**
 * After a save the server refused field by field, focus goes to the first invalid field (WCAG 3.3.1): its error is
 * linked to it (aria-describedby), so a screen reader reads the field and what is wrong with it.
 */
export function focusFirstInvalidField(error: unknown): Promise<boolean> {
  if (!(error instanceof ProblemError) || !error.problem.errors?.length) return Promise.resolve(false);
  return focusFirstInvalidFieldWhenShown();
}

export const queryClient = new QueryClient({
  mutationCache: new MutationCache({
    onError: (error) => {
      // Not awaited: the cache waits for onError before the form gets the error whose rendering the focus waits for.
      void focusFirstInvalidField(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not heal by retrying.
      retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
    },
  },
});
