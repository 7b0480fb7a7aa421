import { AppShell, Badge, Box, Burger, Button, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import { Brand, LanguageSwitch } from './HeaderParts';
import type { Role } from '../lib/auth/auth';
import { useMyOverview } from '../features/me/api/me';
import { useCurrentUser } from '../lib/auth/useCurrentUser';

const NAV = [
  { to: '/', key: 'nav.home', end: true },
  {
    to: '/meine-arbeit',
    key: 'nav.myWork',
    roles: ['program-office', 'steering-group', 'facilitator', 'municipality'],
  },
  { to: '/dashboard', key: 'nav.dashboard', roles: ['program-office', 'steering-group'] },
  { to: '/gemeinden', key: 'nav.registry' },
  { to: '/programme', key: 'nav.programs' },
  { to: '/runden', key: 'nav.rounds' },
  { to: '/prozessbegleitung', key: 'nav.facilitators', roles: ['program-office', 'steering-group'] },
  {
    to: '/veranstaltungen',
    key: 'nav.events',
    roles: ['program-office', 'steering-group', 'facilitator', 'municipality'],
  },
  { to: '/lernnetzwerk/austausch', key: 'nav.exchange', roles: ['program-office', 'steering-group'] },
  { to: '/integration/webhooks', key: 'nav.webhooks', roles: ['program-office'] },
  {
    to: '/benachrichtigungen',
    key: 'nav.notifications',
    roles: ['program-office', 'steering-group', 'facilitator', 'municipality'],
  },
  {
    to: '/meine-daten',
    key: 'nav.myData',
    roles: ['program-office', 'steering-group', 'facilitator', 'municipality'],
  },
  { to: '/datenschutz/anfragen', key: 'nav.privacyRequests', roles: ['program-office'] },
  { to: '/oeffentlich', key: 'nav.portal' },
  { to: '/barrierefreiheit', key: 'nav.accessibility' },
  { to: '/datenschutz', key: 'nav.privacy', end: true },
  { to: '/impressum', key: 'nav.imprint' },
] as const satisfies readonly { to: string; key: string; end?: boolean; roles?: readonly Role[] }[];

export function Layout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.mainNavigation')} />
            <Brand />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {user.isAuthenticated ? (
              <Group gap="xs" wrap="nowrap">
                <Box visibleFrom="sm">
                  <Text size="sm" fw={600} data-testid="user-name">
                    {t('auth.signedInAs', { name: user.name })}
                  </Text>
                  <Group gap={4}>
                    <VisuallyHidden>{t('auth.roles')}:</VisuallyHidden>
                    {user.roles.map((r) => (
                      <Badge key={r} size="xs" variant="light" c="dark">
                        {t(`auth.role.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Box>
                <Button size="xs" variant="default" onClick={user.logout}>
                  {t('auth.logout')}
                </Button>
              </Group>
            ) : (
              <Button size="xs" onClick={user.login}>
                {t('auth.login')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNavigation')}>
        {NAV.filter((item) => !('roles' in item) || item.roles.some((r) => user.hasRole(r))).map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end={'end' in item}
            label={t(item.key)}
            onClick={close}
          />
        ))}
        <OwnThings onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
        <Text component="footer" size="xs" c="dimmed" mt="xl">
          {t('registry.attribution')}
        </Text>
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * The signed-in municipality's or facilitator's own sites straight from the menu ("Mein Standort", or each site by
 * name when there are several), and a municipality's applications — from the same answer as "Meine Arbeit".
 */
function OwnThings({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const own = user.hasRole('municipality') || user.hasRole('facilitator');
  const overview = useMyOverview(own);
  if (!own || !overview.data) return null;
  const sites = overview.data.sites;
  return (
    <>
      {sites.map((s) => (
        <NavLink
          key={s.id}
          component={RouterNavLink}
          to={`/standorte/${s.id}`}
          label={sites.length === 1 ? t('nav.mySite') : s.name}
          onClick={onNavigate}
        />
      ))}
      {user.hasRole('municipality') && overview.data.applications.length > 0 && (
        <NavLink
          component={RouterNavLink}
          to="/meine-arbeit#my-applications"
          label={t('nav.myApplications')}
          onClick={onNavigate}
        />
      )}
    </>
  );
}
