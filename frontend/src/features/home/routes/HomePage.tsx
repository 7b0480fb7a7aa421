import { Navigate } from 'react-router';
import { loginReturnPending } from '../../../lib/auth/auth';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // The dashboard is the steering group's first screen (unless a login is on its way back to another page).
  if (user.hasRole('steering-group') && !loginReturnPending()) return <Navigate to="/dashboard" replace />;
  return (
    <>
      <PageTitle text={t('home.title')} />
      <Text mb="lg" maw={820}>
        {t('home.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={820}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            <Anchor component={Link} to="/gemeinden">
              {t('nav.registry')}
            </Anchor>
          </Title>
          <Text size="sm">{t('home.registryCard')}</Text>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            <Anchor component={Link} to="/programme">
              {t('nav.programs')}
            </Anchor>
          </Title>
          <Text size="sm">{t('home.programsCard')}</Text>
        </Card>
      </SimpleGrid>
    </>
  );
}
