import type { components } from '../lib/api/schema';

// The texts of the contract's enums are typed by them: a new value fails the type check until it has its text.
export type Schemas = components['schemas'];
export type Texts<Value extends string> = Record<Value, string>;

/** Both parts' keys; where both have a namespace (events, roadmap, registry), its keys from both. */
export type Merged<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? Merged<A[K], B[K]>
      : A[K]
    : K extends keyof B
      ? B[K]
      : never;
};

/** Adds the keys of `more` to `base` (a copy), namespace by namespace. A key in both is a mistake. */
export function mergeTexts<A extends object, B extends object>(base: A, more: B, path = ''): Merged<A, B> {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(more)) {
    const existing = merged[key];
    if (typeof existing === 'string' || (existing !== undefined && typeof value === 'string')) {
      throw new Error(`text ${path}${key} is in both parts of the German texts`);
    }
    merged[key] = existing === undefined ? value : mergeTexts(existing as object, value as object, `${path}${key}.`);
  }
  return merged as Merged<A, B>;
}

/** Every text's key in `texts` ("portal.title"), for the checks of the translations. */
export function textKeys(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : textKeys(v as object, `${prefix}${k}.`),
  );
}

/** What `texts` holds under a dotted key: a text, a namespace, or undefined. */
export function textAt(texts: object, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], texts);
}
