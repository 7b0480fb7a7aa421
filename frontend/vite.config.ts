import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers';

// The SPA's files (ADR 0018). START: what main.tsx imports to choose between the light portal and the whole app.
// RUNTIME: the libraries every page runs on. PORTAL: the light portal. COMMON: components and helpers every page
// shares, but not the sign-in (SIGNED_IN: the OIDC client and what uses it), which the portal must not load.
const START = /[\\/]src[\\/](features[\\/]portal[\\/]pages|lib[\\/]auth[\\/]auth|config)\.ts$/;
const RUNTIME =
  /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack|openapi-fetch)[\\/]/;
const PORTAL = /[\\/]src[\\/](features[\\/]portal|app[\\/]PortalApp)/;
const COMMON = /[\\/]src[\\/](components|lib|i18n[\\/]index|app[\\/](theme|HeaderParts|render|states[\\/]RouteError))/;
const SIGNED_IN = /[\\/]src[\\/](lib[\\/]auth[\\/](oidc|useCurrentUser)|components[\\/]PageError)/;

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const headers = securityHeaders(
    env.VITE_API_BASE_URL ?? 'http://localhost:8080',
    env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/pakt',
  );
  return {
    plugins: [react()],
    server: { port: 5173, strictPort: true },
    // make run serves the production build with the same headers as nginx does in a container.
    preview: { port: 5173, strictPort: true, headers },
    // No source maps in the production build: the SPA's sources are not published.
    build: {
      sourcemap: false,
      rolldownOptions: {
        output: {
          // On a slow line each file is a round trip and browsers fetch only a few at a time: what a page needs
          // before it can show anything comes in a few larger files (docs/performance.md, the portal's first load).
          codeSplitting: {
            groups: [
              // What main.tsx imports to choose a shell, small and on its own: inside a group below it would make
              // that whole file initial for every page.
              { name: 'start', test: (id) => START.test(id) || id.includes('preload-helper'), priority: 1 },
              { name: 'runtime', test: RUNTIME },
              { name: 'portal', test: (id) => PORTAL.test(id) && !START.test(id) },
              { name: 'common', test: (id) => COMMON.test(id) && !START.test(id) && !SIGNED_IN.test(id) },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
    },
  };
});
