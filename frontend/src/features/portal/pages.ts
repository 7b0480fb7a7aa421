/** The portal's pages: its section links, and what the light portal entry (../../main.tsx) serves on its own. */
export const PORTAL_PAGES = [
  { to: '/oeffentlich', key: 'portal.navOverview', end: true },
  { to: '/oeffentlich/massnahmen', key: 'portal.navMeasures' },
  { to: '/oeffentlich/veranstaltungen', key: 'portal.navEvents' },
  { to: '/oeffentlich/praxisbeispiele', key: 'portal.navPractices' },
] as const;

/** Whether an address is one of the portal's pages (a trailing slash too, as the router matches it). */
export function isPortalPage(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return PORTAL_PAGES.some((p) => p.to === path);
}
