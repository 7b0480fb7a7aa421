import { fileURLToPath } from 'node:url';
import { build, loadEnv, type Plugin, type Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers';

// The SPA's files (ADR 0018). START: what main.tsx imports to choose between the light portal and the whole app.
// RUNTIME: the libraries every page runs on. PORTAL: the light portal's own modules; its group also takes the Mantine
// components, shared components and helpers the portal runs (lightPortalModules), which the whole app's pages then
// take from the same file; the sign-in is imported only on click, so it stays out.
const START = /[\\/]src[\\/](features[\\/]portal[\\/]pages|lib[\\/]auth[\\/]auth|config)\.ts$/;
const RUNTIME =
  /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack|openapi-fetch)[\\/]/;
const PORTAL = /[\\/]src[\\/](features[\\/]portal|app[\\/]PortalApp)/;
const FLOATING_UI = /node_modules[\\/]@floating-ui[\\/]/;

/**
 * The modules whose code the light portal runs: what a build of the portal alone keeps. The portal's file takes these
 * and nothing else. Taking every dependency of the portal's modules instead would follow the bare imports Mantine's
 * ES modules make of their siblings (`import '../Combobox/Combobox.mjs';`, no side effects, dropped from the code)
 * and put the whole app's controls (Combobox, Popover, Floating UI) in the portal's file: about 19 KB gzip more.
 */
async function lightPortalModules(mode: string): Promise<Set<string>> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const output = (await build({
    root,
    mode,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: {
      write: false,
      // The shell is what is used here: an app build would drop its unused export, and with it MantineProvider.
      rolldownOptions: { input: `${root}src/app/PortalApp.tsx`, preserveEntrySignatures: 'strict' },
    },
  })) as Rolldown.RolldownOutput;
  const chunks = new Map(output.output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const modules = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk) return;
    chunks.delete(fileName);
    for (const [id, module] of Object.entries(chunk.modules))
      if (module.renderedLength > 0 || id.endsWith('.css')) modules.add(id);
    chunk.imports.forEach(visit);
  };
  output.output.forEach((c) => c.type === 'chunk' && c.isEntry && visit(c.fileName));
  return modules;
}

/**
 * The portal's file may only import the files every page loads: with its group taking no further dependencies, a
 * module it runs that landed elsewhere would be one more round trip on every portal load (or a cycle between files).
 */
const portalImportsOnlyShared: Plugin = {
  name: 'pakt:portal-imports-only-shared',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const shared = new Set(
      chunks.filter((c) => ['start', 'runtime', 'rolldown-runtime'].includes(c.name)).map((c) => c.fileName),
    );
    for (const chunk of chunks.filter((c) => c.name === 'portal')) {
      const others = chunk.imports.filter((f) => !shared.has(f));
      if (others.length > 0) this.error(`the portal's file ${chunk.fileName} imports ${others.join(', ')}`);
    }
  },
};

export default defineConfig(async ({ command, mode, isPreview }) => {
  const portal = command === 'build' && !isPreview ? await lightPortalModules(mode) : new Set<string>();
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const headers = securityHeaders(
    env.VITE_API_BASE_URL ?? 'http://localhost:8080',
    env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/pakt',
  );
  return {
    plugins: [react(), portalImportsOnlyShared],
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
              { name: 'start', test: (id: string) => START.test(id) || id.includes('preload-helper'), priority: 1 },
              { name: 'runtime', test: RUNTIME },
              {
                name: 'portal',
                // Floating UI is one module the portal uses a helper of (ScrollArea's useMergeRefs) and the whole app its
                // positioning, which imports the rest of Floating UI: all of it here saves the portal a file of its own.
                test: (id: string) =>
                  (PORTAL.test(id) || portal.has(id) || FLOATING_UI.test(id)) && !START.test(id) && !RUNTIME.test(id),
                includeDependenciesRecursively: false,
              },
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
