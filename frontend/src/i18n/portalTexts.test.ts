import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { dePortal } from './de-portal';

// The light portal gets only the German texts of de-portal.ts (ADR 0018). A text one of its files uses but that
// lives in de-app.ts would show as its key there, so this reads the light portal's files as the bundler does (its
// shell and render, following relative imports) and looks up every text key they name.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['app/PortalApp.tsx', 'app/render.tsx'];
// Not part of the light portal's texts: the other language and the whole app's texts.
const TEXT_MODULES = new Set(['i18n/en.ts', 'i18n/de-app.ts', 'i18n/app.ts']);

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(resolve(SRC, from)), spec);
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  );
  return file?.slice(SRC.length + 1);
}

function lightPortalFiles(): string[] {
  const seen = new Set<string>();
  const queue = [...ENTRIES];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || TEXT_MODULES.has(file)) continue;
    seen.add(file);
    const source = readFileSync(resolve(SRC, file), 'utf8');
    // Type-only imports (the contract's types) bring no code and no texts.
    for (const [, staticSpec, dynamicSpec] of source.matchAll(
      /^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'|import\('(\.[^']+)'\)/gm,
    )) {
      const target = resolveImport(file, (staticSpec ?? dynamicSpec)!);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return [...seen];
}

function lookUp(texts: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], texts);
}

describe('the light portal’s German texts', () => {
  const files = lightPortalFiles();
  const namespaces = Object.keys(de).join('|');
  const keyPattern = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z0-9_.]*?)(\\.?\\$\\{|['"\`])`, 'g');
  const used = files.flatMap((file) =>
    [...readFileSync(resolve(SRC, file), 'utf8').matchAll(keyPattern)].map(([, key, end]) => ({
      file,
      key: key!.replace(/\.$/, ''),
      prefix: end!.endsWith('${'),
    })),
  );

  it('are read from the portal’s pages', () => {
    expect(files).toContain('features/portal/routes/PortalMeasuresPage.tsx');
    expect(files).not.toContain('app/App.tsx');
    expect(used.length).toBeGreaterThan(50);
  });

  it('hold every key the light portal uses', () => {
    const missing = used.filter(({ key, prefix }) => {
      const found = lookUp(dePortal, key);
      if (prefix) return typeof found !== 'object';
      return typeof found !== 'string' && typeof lookUp(dePortal, `${key}_other`) !== 'string';
    });
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
