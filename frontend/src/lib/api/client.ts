import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '../../config';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** Thrown for every non-2xx answer; carries the server's RFC 9457 problem details. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field errors keyed by field path ("title", "processModules[0].title"). */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

let accessToken: () => string | undefined = () => undefined;

let language: () => string = () => 'de';

/** The app tells the client its UI language: server messages (problem titles, field messages) follow it. */
export function setLanguageSource(source: () => string): void {
  language = source;
}

/** The auth layer tells the client how to get the current access token. */
export function setAccessTokenSource(source: () => string | undefined): void {
  accessToken = source;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // The UI's language, not the browser's: a German UI gets German messages in an English browser.
    request.headers.set('Accept-Language', language() === 'en' ? 'en, de;q=0.5' : 'de, en;q=0.5');
    // One id per call: the server answers and logs it, and quotes it in problem details for a support request.
    request.headers.set('X-Request-Id', crypto.randomUUID());
    // JSON unless the call asked for a document (PDF, XLSX, CSV) itself.
    if (!request.headers.has('Accept') || request.headers.get('Accept') === '*/*') {
      request.headers.set('Accept', 'application/json, application/problem+json');
    }
    return request;
  },
};

// openapi-fetch does not throw on 4xx/5xx: turn every error answer into one typed error here.
const problems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return response;
    let problem: Problem;
    try {
      problem = (await response.clone().json()) as Problem;
    } catch {
      problem = { type: 'about:blank', title: response.statusText || 'Fehler', status: response.status };
    }
    throw new ProblemError({ ...problem, status: problem.status ?? response.status });
  },
};

// fetch is looked up per call (not captured once), so tests and service workers can stand in for it.
export const api = createClient<paths>({ baseUrl: config.apiBaseUrl, fetch: (request) => globalThis.fetch(request) });
api.use(auth, problems);

/** The file name from a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function attachmentName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1];
}

/** Hands a downloaded document to the browser as a file. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
