import { de } from './de';
import i18n from './index';

// The whole app's German texts beyond the light portal's (ADR 0018): importing this module adds them, so the whole
// app imports i18n from here and the light portal from ./index. The bundle is replaced by the merged copy (not
// extended in place): i18next keeps the object it was given, and dePortal must stay the light portal's part.
i18n.addResourceBundle('de', 'translation', de, false, true);

export default i18n;
