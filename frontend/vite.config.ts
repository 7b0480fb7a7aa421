import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers';

// The SPA's files (ADR 0018). START: what main.tsx imports to choose between the light portal and the whole app.
// RUNTIME: the libraries every page runs on. PORTAL: the light portal with what it imports (the Mantine components,
// shared components and helpers it uses, which the whole app's pages then take from the same file); the sign-in is
// imported only on click, so it stays out.
const START = /[\\/]src[\\/](features[\\/]portal[\\/]pages|lib[\\/]auth[\\/]auth|config)\.ts$/;
const RUNTIME =
  /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack|openapi-fetch)[\\/]/;
const PORTAL = /[\\/]src[\\/](features[\\/]portal|app[\\/]PortalApp)/;

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
