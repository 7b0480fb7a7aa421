import type { RouteObject } from 'react-router';

// The portal's pages, in the whole app's router and in the light portal's (app/PortalApp.tsx) alike.
export const portalRoutes: RouteObject[] = [
  {
    path: '/oeffentlich',
    lazy: async () => ({ Component: (await import('./routes/PortalPage')).PortalPage }),
  },
  {
    path: '/oeffentlich/massnahmen',
    lazy: async () => ({ Component: (await import('./routes/PortalMeasuresPage')).PortalMeasuresPage }),
  },
  {
    path: '/oeffentlich/veranstaltungen',
    lazy: async () => ({ Component: (await import('./routes/PortalEventsPage')).PortalEventsPage }),
  },
  {
    path: '/oeffentlich/praxisbeispiele',
    lazy: async () => ({ Component: (await import('./routes/PortalPracticesPage')).PortalPracticesPage }),
  },
];
