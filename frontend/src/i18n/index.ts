import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { dePortal } from './de-portal';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'pakt.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'de'; // German first, whatever the browser says
}

/**
 * German comes with the first load, as far as the light portal shows it (de-portal.ts); the whole app adds the rest
 * (i18n/app.ts, ADR 0018). English is a chunk of its own, loaded when chosen (changeLanguage waits for it) or at start
 * when it was chosen before. Resolves once the starting language's texts are there.
 */
export const i18nReady = i18n
  // Only English is ever loaded: German is bundled (partialBundledLanguages), and i18next loads no language it has.
  .use(resourcesToBackend((lng: string) => (lng === 'en' ? import('./en').then((m) => m.en) : dePortal)))
  .use(initReactI18next)
  .init({
    resources: { de: { translation: dePortal } },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'de',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
  });

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
void i18nReady.then(() => {
  document.documentElement.lang = i18n.language;
});

export default i18n;
