import type { ComponentType } from 'react';
import { isPortalPage } from './features/portal/pages';
import { hasStoredSession } from './lib/auth/auth';

// An anonymous visitor of the portal gets the light portal, everyone else the whole app (ADR 0018). This entry
// stays tiny, so that React, the texts and the chosen shell are all fetched at once, in parallel.
const shell: Promise<ComponentType> =
  isPortalPage(window.location.pathname) && !hasStoredSession()
    ? import('./app/PortalApp').then((m) => m.PortalApp)
    : import('./app/App').then((m) => m.App);

void Promise.all([import('./app/render'), shell]).then(([{ render }, Shell]) => render(Shell));
