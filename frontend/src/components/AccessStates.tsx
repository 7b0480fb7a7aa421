// No sign-in here: the light portal shows these states without loading the OIDC client (see PageError.tsx).
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

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
