/**
 * How the features call the API through TanStack Query: their own query keys, these few helpers around `api`.
 *
 * openapi-react-query was weighed on the roadmap and the programmes and not taken: its query and mutation functions
 * return the body only, so the ETag header (the If-Match of the next change) never reaches the screen, and its keys
 * ['get', path, init] sort the cache by URL, so a site's life-cycle step could no longer refresh everything of the
 * site under ['sites', id].
 */
import { useMutation, type QueryClient, type QueryKey, type UseMutationOptions } from '@tanstack/react-query';
import { attachmentName, saveFile } from './client';

/** What an openapi-fetch call resolves to. Its error half never arrives: the problems middleware throws instead. */
type Answer<T> = { data?: T; response: Response };

/** A resource with the ETag the server sent with it: the If-Match of its next change. */
export type Tagged<T> = { body: T; etag: string };

function bodyOf<T>({ data, response }: Answer<T>): T {
  // Only a 204 has no body; any other success without one is the server's fault, not an empty result.
  if (data === undefined && response.status !== 204) {
    throw new Error(`${response.status} without a body: ${response.url}`);
  }
  return data as T;
}

/** The answer's body. */
export async function body<T>(call: Promise<Answer<T>>): Promise<T> {
  return bodyOf(await call);
}

/** The answer's body with its ETag header, exactly as received. */
export async function tagged<T>(call: Promise<Answer<T>>): Promise<Tagged<T>> {
  const answer = await call;
  return { body: bodyOf(answer), etag: answer.response.headers.get('ETag') ?? '' };
}

/** Hands a document the API built (PDF, XLSX, CSV; asked for with parseAs: 'blob') to the browser as a file. */
export async function download(call: Promise<Answer<Blob>>, fallbackName: string): Promise<void> {
  const answer = await call;
  saveFile(bodyOf(answer), attachmentName(answer.response.headers.get('Content-Disposition')) ?? fallbackName);
}

/**
 * The If-Match of an item that came inside a list or a roadmap, not as a resource of its own: such answers carry no
 * ETag per item, so it is built from the item's version, which is what the API tags every resource with.
 */
export const listItemETag = (item: { version: number }) => `"${item.version}"`;

/** Marks everything under `key` stale except the query at `key` itself, whose data an answer has just replaced. */
export function invalidateBelow(client: QueryClient, key: QueryKey) {
  return client.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length });
}

/**
 * A change through the API. `send` makes the call; `onAnswer` puts the answer (body and ETag) into the cache, or
 * invalidates what the answer cannot tell. It runs inside the mutation, so the mutation still resolves to the body
 * the screens use and stays pending until the cache is up to date.
 */
export function useApiMutation<TVariables = void, TBody = unknown>(
  send: (variables: TVariables) => Promise<Answer<TBody>>,
  onAnswer?: (answer: Tagged<TBody>, variables: TVariables) => unknown,
  options?: Omit<UseMutationOptions<TBody, Error, TVariables>, 'mutationFn'>,
) {
  return useMutation({
    ...options,
    mutationFn: async (variables: TVariables) => {
      const answer = await tagged(send(variables));
      await onAnswer?.(answer, variables);
      return answer.body;
    },
  });
}
