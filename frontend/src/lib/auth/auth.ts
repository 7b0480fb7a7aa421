import { config } from '../../config';

export const ROLES = ['program-office', 'steering-group', 'facilitator', 'municipality', 'integration-client'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Whether this tab holds a signed-in session (oidc-client-ts keeps it in session storage under this key), without
 * loading the OIDC client: the light portal hands a signed-in visitor to the whole app.
 */
export function hasStoredSession(): boolean {
  return sessionStorage.getItem(`oidc.user:${config.oidcAuthority}:${config.oidcClientId}`) !== null;
}

const RETURN_TO = 'pakt.returnTo';

/** Remembers the page to come back to after the login round trip. */
export function rememberReturnTo(path: string): void {
  sessionStorage.setItem(RETURN_TO, path);
}

/** Whether a login round trip is finishing (its callback will navigate back; nobody else should navigate now). */
export function loginReturnPending(): boolean {
  return sessionStorage.getItem(RETURN_TO) !== null || new URLSearchParams(window.location.search).has('state');
}

/** The remembered page (once), or the start page. */
export function takeReturnTo(): string {
  const path = sessionStorage.getItem(RETURN_TO) ?? '/';
  sessionStorage.removeItem(RETURN_TO);
  return path.startsWith('/') ? path : '/';
}

export interface AccessClaims {
  roles: Role[];
  municipalityKey?: string;
}

/** Reads roles and municipality key from the access token, for display only: the server decides access. */
export function readAccessClaims(accessToken: string | undefined): AccessClaims {
  if (!accessToken) return { roles: [] };
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      realm_access?: { roles?: string[] };
      municipality_key?: string;
    };
    const roles = (json.realm_access?.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    return { roles, municipalityKey: json.municipality_key };
  } catch {
    return { roles: [] };
  }
}
