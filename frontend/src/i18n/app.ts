import { deApp } from './de-app';
import { dePortal } from './de-portal';
import i18n from './index';
import { mergeTexts } from './texts';

// The whole app's German texts beyond the light portal's (ADR 0018): importing this module adds them, so the whole
// app imports i18n from here and the light portal from ./index. The bundle is replaced by a merged copy (not
// extended in place): i18next keeps the object it was given, and dePortal must stay the light portal's part.
i18n.addResourceBundle('de', 'translation', mergeTexts(dePortal, deApp), false, true);

export default i18n;
