import '@mantine/core/styles.css';
import './global.css';
import { Box, Button, Group, MantineProvider, Text } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import { PORTAL_PAGES } from '../features/portal/pages';
import { PortalEventsPage } from '../features/portal/routes/PortalEventsPage';
import { PortalMeasuresPage } from '../features/portal/routes/PortalMeasuresPage';
import { PortalPage } from '../features/portal/routes/PortalPage';
import { PortalPracticesPage } from '../features/portal/routes/PortalPracticesPage';
import { queryClient } from '../lib/queryClient';
import { Brand, LanguageSwitch } from './HeaderParts';
import { RouteError } from './states/RouteError';
import { cssVariablesResolver, theme } from './theme';

/**
 * The transparency portal for the public, on its own (ADR 0018): what an anonymous visitor of /oeffentlich… loads
 * is the portal's pages, not the OIDC client, the app shell or the other features. Everything else, and the
 * sign-in, is the whole app (main.tsx decides which one a page load gets).
 */
export function PortalApp() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={portalRouter} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

// The pages come with the shell, not one by one as in the whole app: on a slow line each hop costs a round trip.
const PAGES: Record<(typeof PORTAL_PAGES)[number]['to'], ComponentType> = {
  '/oeffentlich': PortalPage,
  '/oeffentlich/massnahmen': PortalMeasuresPage,
  '/oeffentlich/veranstaltungen': PortalEventsPage,
  '/oeffentlich/praxisbeispiele': PortalPracticesPage,
};

const portalRouter = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...PORTAL_PAGES.map((p) => ({ path: p.to, Component: PAGES[p.to] })),
          { path: '*', element: <WholeApp /> },
        ],
      },
    ],
  },
]);

/** A link out of the portal (a site, the start page, the imprint): the whole app takes over with a page load. */
function WholeApp() {
  useEffect(() => window.location.reload(), []);
  return null;
}

const FOOTER = [
  { to: '/', key: 'nav.home' },
  { to: '/barrierefreiheit', key: 'nav.accessibility' },
  { to: '/datenschutz', key: 'nav.privacy' },
  { to: '/impressum', key: 'nav.imprint' },
] as const;

function PortalLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button size="xs" onClick={() => void import('../lib/auth/oidc').then((oidc) => oidc.signInFromHere())}>
              {t('auth.login')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Box component="main" id="main" tabIndex={-1} p="md" maw={1280}>
        <Outlet />
      </Box>
      <Box component="footer" px="md" pb="md">
        <Group component="nav" aria-label={t('app.mainNavigation')} gap="md" mb="xs">
          {FOOTER.map((link) => (
            <NavLink key={link.to} to={link.to} end>
              {t(link.key)}
            </NavLink>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          {t('registry.attribution')}
        </Text>
      </Box>
    </>
  );
}
