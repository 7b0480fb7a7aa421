import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { dePortal } from './de-portal';
import { textAt, textKeys } from './texts';

// The light portal gets only the German texts of de-portal.ts (ADR 0018). A text one of its files uses but that
// lives in de-app.ts would show as its key there, so this reads the light portal's files as the bundler does (its
// shell and render, following relative imports) and looks up every text key they name.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['app/PortalApp.tsx', 'app/render.tsx'];
// English is loaded when chosen and complete (i18n.test.ts); its texts are not keys the portal uses.
const ENGLISH = 'i18n/en.ts';

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(resolve(SRC, from)), spec);
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find(
    (f) => existsSync(f) && statSync(f).isFile(),
  );
  return file?.slice(SRC.length + 1);
}

function lightPortalFiles(): string[] {
  const seen = new Set<string>();
  const queue = [...ENTRIES];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file === ENGLISH) continue;
    seen.add(file);
    const source = readFileSync(resolve(SRC, file), 'utf8');
    // Imports with names, bare ones and dynamic ones; type-only imports (the contract's types) bring no code.
    for (const [, fromSpec, bareSpec, dynamicSpec] of source.matchAll(
      /^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'|^import '(\.[^']+)'|import\('(\.[^']+)'\)/gm,
    )) {
      const target = resolveImport(file, (fromSpec ?? bareSpec ?? dynamicSpec)!);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return [...seen];
}

/** The keys of every text under `key` in `texts` (none if it holds no namespace there). */
function keysUnder(texts: object, key: string): string[] {
  const namespace = textAt(texts, key);
  return typeof namespace === 'object' && namespace !== null ? textKeys(namespace).sort() : [];
}

describe('the light portal’s German texts', () => {
  const files = lightPortalFiles();
  const namespaces = Object.keys(de).join('|');
  const keyPattern = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z0-9_.-]*?)(\\.?\\$\\{|['"\`])`, 'g');
  const used = files.flatMap((file) =>
    [...readFileSync(resolve(SRC, file), 'utf8').matchAll(keyPattern)].map(([, key, end]) => ({
      file,
      key: key!.replace(/\.$/, ''),
      prefix: end!.endsWith('${'),
    })),
  );

  it('are read from the portal’s pages', () => {
    expect(files).toContain('features/portal/routes/PortalMeasuresPage.tsx');
    // Neither the whole app nor its part of the texts: those would make the portal load everything.
    expect(files).not.toContain('app/App.tsx');
    expect(files).not.toContain('i18n/app.ts');
    expect(files).not.toContain('i18n/de-app.ts');
    expect(used.length).toBeGreaterThan(50);
  });

  it('hold every key the light portal uses', () => {
    const missing = used.filter(({ key, prefix }) => {
      // A key built at run time (`events.kinds.${kind}`): every text under its prefix, as the whole app has them.
      if (prefix) return keysUnder(dePortal, key).join() !== keysUnder(de, key).join();
      return typeof textAt(dePortal, key) !== 'string' && typeof textAt(dePortal, `${key}_other`) !== 'string';
    });
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
