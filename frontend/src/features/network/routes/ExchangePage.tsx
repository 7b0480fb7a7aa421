import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRounds } from '../../../lib/api/rounds';
import { useExchangeMatrix, useTopicSites } from '../api/exchange';

/** The exchange matrix (shared events per pair of sites) and which sites work on which topic. */
export function ExchangePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const roundId = params.get('runde') ?? undefined;
  const rounds = useRounds();
  const matrix = useExchangeMatrix(roundId);
  const topics = useTopicSites();
  const shared = new Map<string, number>();
  (matrix.data?.pairs ?? []).forEach((p) => {
    shared.set(`${p.a}|${p.b}`, p.sharedEvents);
    shared.set(`${p.b}|${p.a}`, p.sharedEvents);
  });
  const sites = matrix.data?.sites ?? [];
  return (
    <Stack gap="md">
      <PageTitle text={t('exchange.pageTitle')} />
      <Text>{t('exchange.intro')}</Text>
      <Select
        label={t('exchange.round')}
        clearable
        maw={360}
        value={roundId ?? null}
        onChange={(v) => setParams(v ? { runde: v } : {}, { replace: true })}
        data={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
      />
      <ProblemAlert error={matrix.error ?? topics.error} />
      {sites.length > 0 && (
        // Scrolls sideways with many sites: focusable so keyboard users can scroll it too.
        <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('exchange.caption')}>
          <Table withTableBorder withColumnBorders fz="xs" data-testid="exchange-matrix">
            <Table.Caption>{t('exchange.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('exchange.site')}</Table.Th>
                {sites.map((s) => (
                  <Table.Th key={s.siteId} scope="col" style={{ writingMode: 'vertical-rl' }}>
                    {s.applicant.name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sites.map((row) => (
                <Table.Tr key={row.siteId}>
                  <Table.Th scope="row">{row.applicant.name}</Table.Th>
                  {sites.map((col) => {
                    const n = row.siteId === col.siteId ? undefined : (shared.get(`${row.siteId}|${col.siteId}`) ?? 0);
                    return (
                      <Table.Td
                        key={col.siteId}
                        style={{
                          textAlign: 'center',
                          background: n ? `rgba(23, 79, 146, ${Math.min(0.15 + n * 0.12, 0.6)})` : undefined,
                        }}
                      >
                        {n === undefined ? '–' : n}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Title order={2} size="h3">
        {t('exchange.topics')}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('exchange.topic')}</Table.Th>
            <Table.Th scope="col">{t('exchange.sitesOnTopic')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(topics.data ?? []).map((x) => (
            <Table.Tr key={x.topic.id}>
              <Table.Td>{x.topic.name}</Table.Td>
              <Table.Td>
                {x.sites.length === 0 ? '–' : x.sites.map((s) => `${s.site.applicant.name} (${s.measures})`).join(', ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
