import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers';

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
    build: { sourcemap: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
    },
  };
});
