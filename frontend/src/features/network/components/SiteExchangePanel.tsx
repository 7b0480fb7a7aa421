import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useSiteExchange } from '../api/exchange';

/** Which learning-network events people of the site attended, and which sites they met there. */
export function SiteExchangePanel({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const exchange = useSiteExchange(siteId, true);
  if (!exchange.data) return null;
  const x = exchange.data;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('exchange.title')}
      </Title>
      {x.events.length === 0 ? (
        <Text>{t('exchange.none')}</Text>
      ) : (
        <>
          <List spacing={4}>
            {x.events.map((e) => (
              <List.Item key={e.event.id}>
                <Anchor component={Link} to={`/veranstaltungen/${e.event.id}`}>
                  {e.event.title}
                </Anchor>{' '}
                ({formatDate(e.event.startsAt)})
                {e.sitesMet.length > 0 && (
                  <Text size="sm">
                    {t('exchange.met')}: {e.sitesMet.map((s) => s.applicant.name).join(', ')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {x.sitesMet.length > 0 && (
            <Text mt="sm">
              {t('exchange.mostMet')}:{' '}
              {x.sitesMet
                .slice(0, 5)
                .map((m) => t('exchange.shared', { name: m.site.applicant.name, count: m.sharedEvents }))
                .join(' · ')}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
