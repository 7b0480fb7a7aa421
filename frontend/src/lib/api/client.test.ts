import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProblemError, api, attachmentName, setAccessTokenSource, setLanguageSource } from './client';

function stubFetch(response: Response) {
  const fetchMock = vi.fn(async (_request: Request) => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenSource(() => undefined);
});

describe('the generated API client', () => {
  it('calls the contract path on the API base URL with the bearer token', async () => {
    const fetchMock = stubFetch(Response.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }));
    setAccessTokenSource(() => 'token-123');
    const { data } = await api.GET('/api/v1/programs', { params: { query: { q: 'Integration', size: 5 } } });
    expect(data?.totalItems).toBe(0);
    const request = fetchMock.mock.calls[0]![0];
    expect(request.url).toBe('http://localhost:8080/api/v1/programs?q=Integration&size=5');
    expect(request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(request.headers.get('Accept')).toContain('application/problem+json');
  });

  it("asks for server messages in the UI's language, not the browser's", async () => {
    const fetchMock = vi.fn(async (_request: Request) =>
      Response.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await api.GET('/api/v1/programs');
    expect(fetchMock.mock.calls[0]![0].headers.get('Accept-Language')).toBe('de, en;q=0.5');
    setLanguageSource(() => 'en');
    await api.GET('/api/v1/programs');
    expect(fetchMock.mock.calls[1]![0].headers.get('Accept-Language')).toBe('en, de;q=0.5');
    setLanguageSource(() => 'de');
  });

  it('names every call with a fresh request id the server can quote back', async () => {
    const fetchMock = vi.fn(async (_request: Request) =>
      Response.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await api.GET('/api/v1/programs');
    await api.GET('/api/v1/programs');
    const first = fetchMock.mock.calls[0]![0].headers.get('X-Request-Id');
    const second = fetchMock.mock.calls[1]![0].headers.get('X-Request-Id');
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('sends no Authorization header when nobody is logged in', async () => {
    const fetchMock = stubFetch(Response.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }));
    await api.GET('/api/v1/administrative-areas', { params: { query: { q: 'Messkirch' } } });
    expect(fetchMock.mock.calls[0]![0].headers.has('Authorization')).toBe(false);
  });

  it('turns problem details into a ProblemError with field errors', async () => {
    stubFetch(
      new Response(
        JSON.stringify({
          type: 'https://pakt.example.org/problems/validation',
          title: 'Ungültige Eingabe',
          status: 400,
          detail: '1 Feld ist ungültig.',
          errors: [{ field: 'title', message: 'darf nicht leer sein' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const call = api.POST('/api/v1/programs', { body: { title: '', funder: 'Land', coordinatingBody: 'FA' } });
    await expect(call).rejects.toBeInstanceOf(ProblemError);
    const error = (await call.catch((e: unknown) => e)) as ProblemError;
    expect(error.status).toBe(400);
    expect(error.fieldErrors()).toEqual({ title: 'darf nicht leer sein' });
  });

  it('still gives a ProblemError when the error body is not JSON', async () => {
    stubFetch(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await api.GET('/api/v1/programs').catch((e: unknown) => e)) as ProblemError;
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(502);
  });
});

describe('attachmentName', () => {
  it('prefers the UTF-8 name and falls back to the ASCII one', () => {
    expect(
      attachmentName(`attachment; filename="Fahrplan-Messkirch.pdf"; filename*=UTF-8''Fahrplan-Me%C3%9Fkirch.pdf`),
    ).toBe('Fahrplan-Meßkirch.pdf');
    expect(attachmentName('attachment; filename="Fahrplan-Messkirch.xlsx"')).toBe('Fahrplan-Messkirch.xlsx');
    expect(attachmentName(null)).toBeUndefined();
  });

  it('keeps an Accept header the call set itself', async () => {
    const fetchMock = stubFetch(new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } }));
    await api.GET('/api/v1/sites/{siteId}/roadmap/export', {
      params: { path: { siteId: 'x' }, query: { format: 'pdf' } },
      parseAs: 'blob',
      headers: { Accept: 'application/pdf, application/problem+json' },
    });
    expect(fetchMock.mock.calls[0]![0].headers.get('Accept')).toBe('application/pdf, application/problem+json');
  });
});
