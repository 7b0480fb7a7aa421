import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemError } from '../lib/api/client';
import { useCurrentUser } from '../lib/auth/useCurrentUser';
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

/** For a page the signed-in role cannot use: says so instead of offering a form that cannot be saved. */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <PageTitle text={t('states.noAccess.title')} />
      <Text>{t('states.noAccess.text')}</Text>
      <Anchor component={Link} to="/">
        {t('states.toStart')}
      </Anchor>
    </Stack>
  );
}

/** For an address that leads nowhere. */
export function NotFound({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <PageTitle text={t('states.notFound.title')} />
      <Text>{detail ?? t('states.notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('states.toStart')}
      </Anchor>
    </Stack>
  );
}

/** For anything unexpected: what to do, and an id to quote to the support. */
export function UnexpectedError({ supportId }: { supportId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <PageTitle text={t('states.error.title')} />
      <Alert color="red.9" title={t('states.error.title')} role="alert">
        <Text size="sm">{t('states.error.text')}</Text>
        <Text size="sm" mt="xs">
          {t('states.error.supportId', { id: supportId })}
        </Text>
      </Alert>
      <Button style={{ alignSelf: 'flex-start' }} onClick={() => window.location.reload()}>
        {t('common.reload')}
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
