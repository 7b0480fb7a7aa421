import { Badge, Button, Card, Group, Pagination, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { REGION_NAMES } from '../../../lib/regions';
import { formatDate } from '../../../lib/format';
import { useDistricts } from '../../../lib/api/areas';
import { usePublishedPrograms } from '../../../lib/api/programs';
import { useTopics } from '../../../lib/api/topics';
import { usePublicMeasures } from '../api/portal';
import { FilterSelect } from '../components/FilterSelect';
import { PortalNav } from '../components/PortalNav';

/** The catalogue of public measures, filterable by topic, Regierungsbezirk, Kreis and programme (filters in the URL). */
export function PortalMeasuresPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const topics = useTopics();
  const districts = useDistricts();
  const programs = usePublishedPrograms();
  const filters = {
    topicId: params.get('thema') ?? undefined,
    regionKey: params.get('bezirk') ?? undefined,
    districtKey: params.get('kreis') ?? undefined,
    programId: params.get('programm') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('seite') ?? '0'),
  };
  const measures = usePublicMeasures(filters);
  const [q, setQ] = useState(filters.q ?? '');
  // When the URL's search changes (back button, a link), the field follows — adjusted while rendering, not in an effect.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    setQ(filters.q ?? '');
  }
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'seite') next.delete('seite');
    setParams(next, { replace: true });
  };
  const data = measures.data;
  return (
    <Stack gap="md">
      <PageTitle text={t('portal.measuresTitle')} />
      <PortalNav />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', q.trim() || null);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }}>
          <TextInput label={t('portal.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <FilterSelect
            label={t('portal.topic')}
            value={filters.topicId}
            onChange={(v) => set('thema', v)}
            options={(topics.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
          <FilterSelect
            label={t('portal.region')}
            value={filters.regionKey}
            onChange={(v) => set('bezirk', v)}
            options={Object.entries(REGION_NAMES).map(([value, label]) => ({ value, label }))}
          />
          <FilterSelect
            label={t('portal.district')}
            value={filters.districtKey}
            onChange={(v) => set('kreis', v)}
            options={(districts.data ?? []).map((d) => ({ value: d.key, label: d.name }))}
          />
          <FilterSelect
            label={t('portal.program')}
            value={filters.programId}
            onChange={(v) => set('programm', v)}
            options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        </SimpleGrid>
        <Button type="submit" mt="sm" variant="light">
          {t('portal.searchSubmit')}
        </Button>
      </form>
      <ProblemAlert error={measures.error} />
      {data && <Text aria-live="polite">{t('common.results', { count: data.totalItems })}</Text>}
      <Stack gap="sm">
        {data?.items.map((m) => (
          <Card key={m.id} withBorder component="article" aria-labelledby={`m-${m.id}`}>
            <Group justify="space-between" align="flex-start">
              <Title order={2} size="h4" id={`m-${m.id}`}>
                {m.title}
              </Title>
              <Badge variant="light" c="dark">
                {t(`roadmap.statuses.${m.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {m.site.applicant.name} · {REGION_NAMES[m.regionKey]}
              {m.topic ? ` · ${m.topic.name}` : ''}
            </Text>
            {(m.startDate || m.endDate) && (
              <Text size="sm">{[m.startDate, m.endDate].map((d) => (d ? formatDate(d) : '')).join(' – ')}</Text>
            )}
            {m.description && <Text mt="xs">{m.description}</Text>}
            {m.partners && m.partners.length > 0 && (
              <Text size="sm" mt="xs">
                {t('portal.partners')}: {m.partners.join(', ')}
              </Text>
            )}
          </Card>
        ))}
      </Stack>
      {data && data.totalPages > 1 && (
        <Pagination
          total={data.totalPages}
          value={filters.page + 1}
          onChange={(p) => set('seite', String(p - 1))}
          getControlProps={(control) => ({
            'aria-label': t(`common.${control === 'next' ? 'next' : control === 'previous' ? 'previous' : control}`),
          })}
          getItemProps={(page) => ({ 'aria-label': `${t('common.page')} ${page}` })}
        />
      )}
    </Stack>
  );
}
