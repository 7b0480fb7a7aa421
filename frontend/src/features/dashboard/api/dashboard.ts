import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, attachmentName, saveFile, type Schemas } from '../../../lib/api/client';

export type Dashboard = Schemas['Dashboard'];
export type DashboardList = Schemas['DashboardList'];
export type DashboardTable = Schemas['DashboardTable'];
export type Cohort = Schemas['Cohort'];

export interface DashboardFilters {
  programId?: string;
  roundId?: string;
  regionKey?: string;
}

export interface ListFilters extends DashboardFilters {
  status?: string;
  topicId?: string;
  districtKey?: string;
}

const clean = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

export function useDashboard(filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboard', filters],
    placeholderData: keepPreviousData,
    queryFn: async () => (await api.GET('/api/v1/dashboard', { params: { query: clean(filters) } })).data!,
  });
}

export function useCohorts(programId?: string) {
  return useQuery({
    queryKey: ['dashboard', 'cohorts', programId],
    queryFn: async () =>
      (await api.GET('/api/v1/dashboard/cohorts', { params: { query: clean({ programId }) } })).data!,
  });
}

export function useDashboardList(list: DashboardList, filters: ListFilters) {
  return useQuery({
    queryKey: ['dashboard', 'list', list, filters],
    // JSON by default (the same operation answers CSV and XLSX for downloads).
    queryFn: async () =>
      (await api.GET('/api/v1/dashboard/lists/{list}', { params: { path: { list }, query: clean(filters) } }))
        .data as DashboardTable,
  });
}

const MEDIA = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Downloads a list as CSV or XLSX (the server builds the file; the same access rules apply). */
export function useListDownload() {
  return useMutation({
    mutationFn: async ({
      list,
      filters,
      format,
    }: {
      list: DashboardList;
      filters: ListFilters;
      format: 'csv' | 'xlsx';
    }) => {
      const { data, response } = await api.GET('/api/v1/dashboard/lists/{list}', {
        params: { path: { list }, query: clean(filters) },
        headers: { Accept: `${MEDIA[format]}, application/problem+json` },
        parseAs: 'blob',
      });
      saveFile(
        data as unknown as Blob,
        attachmentName(response.headers.get('Content-Disposition')) ?? `${list}.${format}`,
      );
    },
  });
}

export function useReportDownload() {
  return useMutation({
    mutationFn: async (roundId: string) => {
      const { data, response } = await api.GET('/api/v1/rounds/{roundId}/report', {
        params: { path: { roundId } },
        headers: { Accept: 'application/pdf, application/problem+json' },
        parseAs: 'blob',
      });
      saveFile(data as unknown as Blob, attachmentName(response.headers.get('Content-Disposition')) ?? 'Bericht.pdf');
    },
  });
}
