import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HomePage } from '../features/home/routes/HomePage';
import type { Role } from '../lib/auth/auth';
import { useCurrentUser } from '../lib/auth/useCurrentUser';

// Loaded on first use, so that the portal's first screen stays small for anonymous visitors.
const MyWorkPage = lazy(async () => ({ default: (await import('../features/me/routes/MyWorkPage')).MyWorkPage }));

// The steering group's first screen is its dashboard (HomePage sends it there); "Meine Arbeit" is in its menu.
const WORKING_ROLES: Role[] = ['program-office', 'facilitator', 'municipality'];

/** The start page: "Meine Arbeit" for the programme's people after login, the welcome for everybody else. */
export function StartPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!WORKING_ROLES.some((role) => user.hasRole(role))) return <HomePage />;
  return (
    <Suspense fallback={<Text>{t('common.loading')}</Text>}>
      <MyWorkPage />
    </Suspense>
  );
}
