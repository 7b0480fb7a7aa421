import { describe, expect, it } from 'vitest';
import i18n from './app';
import { de } from './de';
import { dePortal } from './de-portal';
import { en } from './en';
import { textAt, textKeys as keys } from './texts';

describe('translations', () => {
  it('English has exactly the German keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('has no empty text', () => {
    for (const messages of [de, en]) {
      for (const key of keys(messages)) {
        expect(textAt(messages, key), key).not.toBe('');
      }
    }
  });

  it('gives the whole app all German texts and leaves the light portal’s part as it is', async () => {
    await i18n.changeLanguage('de');
    expect(i18n.t('home.title')).toBe(de.home.title);
    expect(i18n.t('events.kinds.KICKOFF')).toBe(de.events.kinds.KICKOFF);
    expect(i18n.t('events.register')).toBe(de.events.register);
    expect(keys(dePortal)).not.toContain('home.title');
  });
});
