import { useQuery } from '@tanstack/react-query';
import { api, saveFile, type Schemas } from '../../../lib/api/client';
import { body, download, useApiMutation } from '../../../lib/api/queries';

export type PersonalData = Schemas['PersonalData'];
export type PersonalDataErasure = Schemas['PersonalDataErasure'];

/** The caller's own data as the JSON file a request for access answers. */
export async function downloadMyDataJson(): Promise<void> {
  const data = await body(api.GET('/api/v1/me/personal-data'));
  saveJson(data, 'Meine-Daten.json');
}

export function downloadMyDataPdf(): Promise<void> {
  return download(api.GET('/api/v1/me/personal-data/document', { parseAs: 'blob' }), 'Meine-Daten.pdf');
}

export async function downloadPersonalDataJson(email: string): Promise<void> {
  const data = await body(api.GET('/api/v1/personal-data', { params: { query: { email } } }));
  saveJson(data, 'Auskunft.json');
}

export function downloadPersonalDataPdf(email: string): Promise<void> {
  return download(
    api.GET('/api/v1/personal-data/document', { params: { query: { email } }, parseAs: 'blob' }),
    'Auskunft.pdf',
  );
}

export function usePersonalData(email: string) {
  return useQuery({
    queryKey: ['personal-data', email],
    queryFn: () => body(api.GET('/api/v1/personal-data', { params: { query: { email } } })),
    enabled: email !== '',
  });
}

export function useErasure() {
  return useApiMutation((email: string) => api.POST('/api/v1/personal-data/erasure', { body: { email } }));
}

export function useRetentionReport() {
  return useQuery({
    queryKey: ['retention-report'],
    queryFn: () => body(api.GET('/api/v1/personal-data/retention')),
  });
}

function saveJson(data: unknown, name: string) {
  saveFile(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), name);
}
