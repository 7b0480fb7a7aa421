import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/api/client';
import { useCurrentUser } from '../lib/auth/useCurrentUser';
import { NoAccess, NotFound } from './AccessStates';
import { PageTitle } from './PageTitle';
import { ProblemAlert } from './ProblemAlert';

/** For a page that needs a login: says so, and the login returns to this very page. */
export function LoginRequired() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Stack gap="md" maw={640}>
      <PageTitle text={t('states.loginRequired.title')} />
      <Text>{t('states.loginRequired.text')}</Text>
      <Button style={{ alignSelf: 'flex-start' }} onClick={user.login}>
        {t('states.loginRequired.action')}
      </Button>
    </Stack>
  );
}

/** A page whose main resource could not be read: the matching state, or the server's problem. */
export function PageError({ error }: { error: unknown }) {
  if (error instanceof ProblemError) {
    if (error.status === 401) return <LoginRequired />;
    if (error.status === 403) return <NoAccess />;
    if (error.status === 404) return <NotFound detail={error.problem.detail} />;
  }
  return <ProblemAlert error={error} />;
}
