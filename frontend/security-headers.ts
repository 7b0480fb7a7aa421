/**
 * The headers that protect the SPA, for every server that serves its built files: Vite's preview server (make run)
 * takes them from here; nginx (docker-compose, Kubernetes) has the same policy in nginx.conf.template, filled from
 * the environment. Scripts come only from the SPA's own origin (no inline script, no eval); styles may be inline
 * because Mantine and the charts set style attributes. The API and the identity provider are the only other
 * origins the page talks to.
 */
export function securityHeaders(apiBaseUrl: string, oidcAuthority: string): Record<string, string> {
  const api = new URL(apiBaseUrl).origin;
  const idp = new URL(oidcAuthority).origin;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${api} ${idp}`,
    `frame-src ${idp}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${idp}`,
    "object-src 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
