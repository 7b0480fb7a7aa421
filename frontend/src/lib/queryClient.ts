import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ProblemError } from './api/client';

/**
 * After a save the server refused field by field, focus goes to the first invalid field (WCAG 3.3.1): its error is
 * linked to it (aria-describedby), so a screen reader reads the field and what is wrong with it. Once the form has
 * rendered the errors, hence the animation frame.
 */
export function focusFirstInvalidField(error: unknown) {
  if (!(error instanceof ProblemError) || !error.problem.errors?.length) return;
  requestAnimationFrame(() => {
    const scope = document.querySelector<HTMLElement>('[role="dialog"]') ?? document.querySelector('main') ?? document;
    scope.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

export const queryClient = new QueryClient({
  mutationCache: new MutationCache({ onError: focusFirstInvalidField }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not heal by retrying.
      retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
    },
  },
});
