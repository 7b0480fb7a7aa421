import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, download } from '../../../lib/api/queries';

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
    queryFn: () => body(api.GET('/api/v1/dashboard', { params: { query: clean(filters) } })),
  });
}

export function useCohorts(programId?: string) {
  return useQuery({
    queryKey: ['dashboard', 'cohorts', programId],
    queryFn: () => body(api.GET('/api/v1/dashboard/cohorts', { params: { query: clean({ programId }) } })),
  });
}

export function useDashboardList(list: DashboardList, filters: ListFilters) {
  return useQuery({
    queryKey: ['dashboard', 'list', list, filters],
    // JSON by default: the CSV and XLSX the same operation answers are asked for by the download only.
    queryFn: async () =>
      (await body(
        api.GET('/api/v1/dashboard/lists/{list}', { params: { path: { list }, query: clean(filters) } }),
      )) as DashboardTable,
  });
}

const MEDIA = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Downloads a list as CSV or XLSX (the server builds the file; the same access rules apply). */
export function useListDownload() {
  return useMutation({
    mutationFn: ({ list, filters, format }: { list: DashboardList; filters: ListFilters; format: 'csv' | 'xlsx' }) =>
      download(
        api.GET('/api/v1/dashboard/lists/{list}', {
          params: { path: { list }, query: clean(filters) },
          headers: { Accept: `${MEDIA[format]}, application/problem+json` },
          parseAs: 'blob',
        }),
        `${list}.${format}`,
      ),
  });
}

export function useReportDownload() {
  return useMutation({
    mutationFn: (roundId: string) =>
      download(
        api.GET('/api/v1/rounds/{roundId}/report', {
          params: { path: { roundId } },
          headers: { Accept: 'application/pdf, application/problem+json' },
          parseAs: 'blob',
        }),
        'Bericht.pdf',
      ),
  });
}
