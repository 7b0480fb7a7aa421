import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useTopics } from '../../../lib/api/topics';
import { usePublicGoodPractices } from '../api/portal';
import { FilterSelect } from '../components/FilterSelect';
import { PortalNav } from '../components/PortalNav';

/** Published good practices (Praxisbeispiele): what worked where, and which office to ask. */
export function PortalPracticesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const topicId = params.get('thema') ?? undefined;
  const topics = useTopics();
  const practices = usePublicGoodPractices(topicId);
  return (
    <Stack gap="md">
      <PageTitle text={t('portal.practicesTitle')} />
      <PortalNav />
      <FilterSelect
        label={t('portal.topic')}
        maw={360}
        value={topicId}
        onChange={(v) => setParams(v ? { thema: v } : {}, { replace: true })}
        options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
      />
      <ProblemAlert error={practices.error} />
      {practices.data?.length === 0 && <Text>{t('common.noResults')}</Text>}
      {practices.data?.map((g) => (
        <Card key={g.id} withBorder component="article" aria-labelledby={`g-${g.id}`}>
          <Title order={2} size="h4" id={`g-${g.id}`}>
            {g.title}
          </Title>
          <Text size="sm">
            {g.place.name}
            {g.topic ? ` · ${g.topic.name}` : ''}
          </Text>
          <Text mt="xs">{g.description}</Text>
          <Text size="sm" mt="xs">
            {t('portal.contact')}: {g.contactRole}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
