import type { ComponentType } from 'react';
import type { PORTAL_PAGES } from './pages';
import { PortalEventsPage } from './routes/PortalEventsPage';
import { PortalMeasuresPage } from './routes/PortalMeasuresPage';
import { PortalPage } from './routes/PortalPage';
import { PortalPracticesPage } from './routes/PortalPracticesPage';

/**
 * Each portal page's component: in the light portal (app/PortalApp) from the start, in the whole app's router when
 * a portal page is first opened. One file either way (vite.config.ts), so loading the four together costs nothing.
 */
export const PORTAL_PAGE_COMPONENTS: Record<(typeof PORTAL_PAGES)[number]['to'], ComponentType> = {
  '/oeffentlich': PortalPage,
  '/oeffentlich/massnahmen': PortalMeasuresPage,
  '/oeffentlich/veranstaltungen': PortalEventsPage,
  '/oeffentlich/praxisbeispiele': PortalPracticesPage,
};
