import { Group, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import { PORTAL_PAGES } from '../pages';

/** The portal's own sections, as a row of links (aria-current marks the page one is on). */
export function PortalNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('portal.sections')}>
      <Group gap={4} wrap="wrap">
        {PORTAL_PAGES.map((p) => (
          <NavLink
            key={p.to}
            component={RouterNavLink}
            to={p.to}
            end={'end' in p}
            label={t(p.key)}
            w="auto"
            variant="light"
          />
        ))}
      </Group>
    </nav>
  );
}
