import { Anchor, Grid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { BwMap } from '../../../components/BwMap';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { REGION_NAMES } from '../../../lib/regions';
import { useDistricts } from '../../../lib/api/areas';
import { usePublicSites } from '../api/portal';
import { FilterSelect } from '../components/FilterSelect';
import { PortalNav } from '../components/PortalNav';

const SHADES = ['#eef4fb', '#9fc1e8', '#4f86c6', '#174f92'];

/** What is funded where: the sites of every published programme on the map (choropleth by Kreis) and as a table. */
export function PortalPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const district = params.get('kreis') ?? undefined;
  const sites = usePublicSites();
  const districts = useDistricts();
  const perDistrict = new Map<string, number>();
  (sites.data ?? []).forEach((s) => perDistrict.set(s.districtKey, (perDistrict.get(s.districtKey) ?? 0) + 1));
  const shown = (sites.data ?? []).filter((s) => !district || s.districtKey === district);
  const setDistrict = (key: string | null) => setParams(key ? { kreis: key } : {}, { replace: true });
  const districtName = districts.data?.find((d) => d.key === district)?.name;
  const programs = new Map<string, { title: string; rounds: Map<string, { title: string; count: number }> }>();
  (sites.data ?? []).forEach((s) => {
    const p = programs.get(s.programId) ?? { title: s.programTitle, rounds: new Map() };
    const r = p.rounds.get(s.roundId) ?? { title: s.roundTitle, count: 0 };
    r.count += 1;
    p.rounds.set(s.roundId, r);
    programs.set(s.programId, p);
  });
  return (
    <Stack gap="md">
      <PageTitle text={t('portal.title')} />
      <Text>{t('portal.intro')}</Text>
      <PortalNav />
      <ProblemAlert error={sites.error} />
      {[...programs.values()].map((p) => (
        <Text key={p.title}>
          <Text span fw={700}>
            {p.title}:
          </Text>{' '}
          {[...p.rounds.values()].map((r) => t('portal.roundSites', { round: r.title, count: r.count })).join(' · ')}
        </Text>
      ))}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <BwMap
            label={t('portal.mapLabel', { count: sites.data?.length ?? 0 })}
            selectedKey={district}
            onSelect={(k) => setDistrict(k === district ? null : k)}
            fillFor={(d) => (d.key === district ? '#0b2f5a' : SHADES[Math.min(3, perDistrict.get(d.key) ?? 0)]!)}
          />
          <Text size="xs">{t('portal.legend')}</Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <FilterSelect
            label={t('portal.district')}
            value={district}
            onChange={setDistrict}
            options={(districts.data ?? []).map((d) => ({
              value: d.key,
              label: `${d.name} (${perDistrict.get(d.key) ?? 0})`,
            }))}
            mb="sm"
          />
          <Title order={2} size="h3" mb="xs" aria-live="polite">
            {districtName
              ? t('portal.sitesIn', { name: districtName, count: shown.length })
              : t('portal.allSites', { count: shown.length })}
          </Title>
          <TableScroll label={t('portal.title')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portal.site')}</Table.Th>
                  <Table.Th scope="col">{t('portal.region')}</Table.Th>
                  <Table.Th scope="col">{t('portal.round')}</Table.Th>
                  <Table.Th scope="col">{t('portal.publicMeasures')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((s) => (
                  <Table.Tr key={s.site.siteId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/standorte/${s.site.siteId}`}>
                        {s.site.applicant.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{REGION_NAMES[s.regionKey]}</Table.Td>
                    <Table.Td>{s.roundTitle}</Table.Td>
                    <Table.Td>
                      {s.publicMeasures > 0 ? (
                        <Anchor component={Link} to={`/oeffentlich/massnahmen?kreis=${s.districtKey}`}>
                          {s.publicMeasures}
                        </Anchor>
                      ) : (
                        '0'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
