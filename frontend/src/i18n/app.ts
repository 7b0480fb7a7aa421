import { deApp } from './de-app';
import i18n from './index';

// The whole app's German texts beyond the light portal's (ADR 0018): importing this module adds them, so the whole
// app imports i18n from here and the light portal from ./index.
i18n.addResourceBundle('de', 'translation', deApp, true, false);

export default i18n;
