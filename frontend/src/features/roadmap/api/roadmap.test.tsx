import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRoadmap, useRoadmapMutations, type Measure, type Roadmap } from './roadmap';

const siteId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

const measure: Measure = {
  id: 'm1',
  goalId: 'g1',
  title: 'Sprachcafé',
  status: 'IN_PROGRESS',
  progress: 40,
  buildsOnExisting: false,
  public: true,
  partners: [],
  version: 3,
};

const roadmap: Roadmap = {
  siteId,
  status: 'DRAFT',
  progress: 40,
  goals: [{ id: 'g1', title: 'Ehrenamt stärken', progress: 40, measures: [measure], version: 1 }],
  milestones: [{ id: 'ms1', title: 'Auftakt', dropped: false, position: 1, version: 0 }],
};

/** Answers like the API: the roadmap on GET, the saved measure on PUT; records every request. */
function stubApi(saved: Measure) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(request);
      if (request.method === 'GET') return Response.json(roadmap, { headers: { ETag: 'W/"roadmap-7"' } });
      return Response.json(saved, { headers: { ETag: `"${saved.version}"` } });
    }),
  );
  return requests;
}

function renderRoadmap() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => ({ roadmap: useRoadmap(siteId, true), m: useRoadmapMutations(siteId) }), { wrapper });
}

afterEach(() => vi.unstubAllGlobals());

describe('the roadmap cache', () => {
  it('keeps the ETag exactly as the server sent it', async () => {
    stubApi(measure);
    const { result } = renderRoadmap();
    await waitFor(() => expect(result.current.roadmap.data?.etag).toBe('W/"roadmap-7"'));
  });

  it('patches a saved measure into the cached roadmap without fetching the roadmap again', async () => {
    const saved = { ...measure, title: 'Sprachcafé am Markt', version: 4 };
    const requests = stubApi(saved);
    const { result } = renderRoadmap();
    await waitFor(() => expect(result.current.roadmap.isSuccess).toBe(true));

    await result.current.m.updateMeasure.mutateAsync({ measure, input: { ...measure, title: saved.title } });

    await waitFor(() => expect(result.current.roadmap.data?.goals[0]?.measures[0]).toEqual(saved));
    expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect(requests[1]!.headers.get('If-Match')).toBe('"3"');
  });

  it('fetches the roadmap again when the progress the server derives may have changed', async () => {
    const requests = stubApi({ ...measure, progress: 80, version: 4 });
    const { result } = renderRoadmap();
    await waitFor(() => expect(result.current.roadmap.isSuccess).toBe(true));

    await result.current.m.updateMeasure.mutateAsync({ measure, input: { ...measure, progress: 80 } });

    expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
  });
});
