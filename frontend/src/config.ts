/** Where the SPA finds the API and the identity provider. Set at build time (VITE_*), defaults for make run. */
export const config = {
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? 'http://localhost:8080',
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/pakt',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'pakt-spa',
};
