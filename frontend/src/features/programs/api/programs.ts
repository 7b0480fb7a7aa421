import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

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
  list: (query: ProgramQuery) => [...programKeys.all, 'list', query] as const,
  detail: (id: string) => [...programKeys.all, 'detail', id] as const,
};

export function programsQuery(query: ProgramQuery) {
  return queryOptions({
    queryKey: programKeys.list(query),
    queryFn: async () => (await api.GET('/api/v1/programs', { params: { query } })).data!,
    placeholderData: keepPreviousData,
  });
}

export function usePrograms(query: ProgramQuery) {
  return useQuery(programsQuery(query));
}

export function programQuery(id: string) {
  return queryOptions({
    queryKey: programKeys.detail(id),
    queryFn: async (): Promise<VersionedProgram> => {
      const { data, response } = await api.GET('/api/v1/programs/{programId}', { params: { path: { programId: id } } });
      return { program: data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useProgram(id: string) {
  return useQuery(programQuery(id));
}

export function useCreateProgram() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProgramInput) => (await api.POST('/api/v1/programs', { body: input })).data!,
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.all }),
  });
}

export function useUpdateProgram(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: ProgramInput; etag: string }) => {
      const { data, response } = await api.PUT('/api/v1/programs/{programId}', {
        params: { path: { programId: id }, header: { 'If-Match': etag } },
        body: input,
      });
      return { program: data!, etag: response.headers.get('ETag') ?? '' };
    },
    onSuccess: (saved) => {
      client.setQueryData(programKeys.detail(id), saved);
      return client.invalidateQueries({ queryKey: [...programKeys.all, 'list'] });
    },
  });
}

export function useDeleteProgram(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) => {
      await api.DELETE('/api/v1/programs/{programId}', {
        params: { path: { programId: id }, header: { 'If-Match': etag } },
      });
    },
    onSuccess: () => {
      client.removeQueries({ queryKey: programKeys.detail(id) });
      return client.invalidateQueries({ queryKey: [...programKeys.all, 'list'] });
    },
  });
}
