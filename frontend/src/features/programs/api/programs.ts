import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';

export type Program = Schemas['Program'];
export type ProgramInput = Schemas['ProgramInput'];
export type ProgramQuery = { q?: string; page?: number; size?: number; sort?: string };

/** A programme together with the ETag of the version it was read in (for If-Match). */
export interface VersionedProgram {
  program: Program;
  etag: string;
}

export const programKeys = {
  all: ['programs'] as const,
  lists: () => [...programKeys.all, 'list'] as const,
  list: (query: ProgramQuery) => [...programKeys.lists(), query] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
};

const versioned = ({ body: program, etag }: Tagged<Program>): VersionedProgram => ({ program, etag });

export function programsQuery(query: ProgramQuery) {
  return queryOptions({
    queryKey: programKeys.list(query),
    queryFn: () => body(api.GET('/api/v1/programs', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function usePrograms(query: ProgramQuery) {
  return useQuery(programsQuery(query));
}

export function programQuery(id: string) {
  return queryOptions({
    queryKey: programKeys.detail(id),
    queryFn: async () =>
      versioned(await tagged(api.GET('/api/v1/programs/{programId}', { params: { path: { programId: id } } }))),
  });
}

export function useProgram(id: string) {
  return useQuery(programQuery(id));
}

// A saved programme's answer is the programme with its ETag; the lists sort and filter it, so they are fetched again.
export function useCreateProgram() {
  const client = useQueryClient();
  return useApiMutation(
    (input: ProgramInput) => api.POST('/api/v1/programs', { body: input }),
    (answer) => {
      client.setQueryData(programKeys.detail(answer.body.id), versioned(answer));
      return client.invalidateQueries({ queryKey: programKeys.lists() });
    },
  );
}

export function useUpdateProgram(id: string) {
  const client = useQueryClient();
  return useApiMutation(
    ({ input, etag }: { input: ProgramInput; etag: string }) =>
      api.PUT('/api/v1/programs/{programId}', {
        params: { path: { programId: id }, header: { 'If-Match': etag } },
        body: input,
      }),
    (answer) => {
      client.setQueryData(programKeys.detail(id), versioned(answer));
      return client.invalidateQueries({ queryKey: programKeys.lists() });
    },
  );
}

export function useDeleteProgram(id: string) {
  const client = useQueryClient();
  return useApiMutation(
    (etag: string) =>
      api.DELETE('/api/v1/programs/{programId}', { params: { path: { programId: id }, header: { 'If-Match': etag } } }),
    () => {
      client.removeQueries({ queryKey: programKeys.detail(id) });
      return client.invalidateQueries({ queryKey: programKeys.lists() });
    },
  );
}
