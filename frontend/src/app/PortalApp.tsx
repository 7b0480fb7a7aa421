import '@mantine/core/styles.css';
import './global.css';
import { Box, Button, Group, MantineProvider, Text } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import { PORTAL_PAGES } from '../features/portal/pages';
import { PORTAL_PAGE_COMPONENTS } from '../features/portal/portalPages';
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

const portalRouter = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...PORTAL_PAGES.map((p) => ({ path: p.to, Component: PORTAL_PAGE_COMPONENTS[p.to] })),
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
