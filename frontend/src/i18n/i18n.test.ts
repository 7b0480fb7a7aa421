import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  it('English has exactly the German keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('has no empty text', () => {
    for (const messages of [de, en]) {
      for (const key of keys(messages)) {
        const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        expect(text, key).not.toBe('');
      }
    }
  });
});
