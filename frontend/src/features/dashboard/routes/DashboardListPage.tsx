import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate, formatDecimal, formatEuroCents } from '../../../lib/format';
import { useDashboardList, useListDownload, type DashboardList, type DashboardTable } from '../api/dashboard';
import { useDashboardFilters } from './DashboardPage';

function cell(value: string | null, type: DashboardTable['columns'][number]['type']): string {
  if (value === null) return '';
  switch (type) {
    case 'euro':
      return formatEuroCents(Number(value));
    case 'number':
      return formatDecimal(Number(value), Number.isInteger(Number(value)) ? 0 : 1);
    case 'percent':
      return `${formatDecimal(Number(value), Number.isInteger(Number(value)) ? 0 : 1)} %`;
    case 'date':
      return formatDate(value);
    default:
      return value;
  }
}

/** The list behind a dashboard figure, with the same filters, and its downloads (CSV for Excel, XLSX). */
export function DashboardListPage() {
  const { t } = useTranslation();
  const { list = 'sites' } = useParams();
  const [filters, params] = useDashboardFilters();
  const status = params.get('status') ?? undefined;
  const full = { ...filters, status };
  const table = useDashboardList(list as DashboardList, full);
  const download = useListDownload();
  const data = table.data;
  return (
    <Stack gap="md">
      <PageTitle text={data ? t('dashboard.listTitle', { title: data.title }) : t('common.loading')} />
      <Group>
        <Anchor component={Link} to={`/dashboard?${params.toString()}`.replace(/[?&]status=[^&]*/, '')}>
          {t('dashboard.back')}
        </Anchor>
        {status && (
          <Text>
            {t('dashboard.filteredBy', { status: t(`dashboard.statusLabels.${status}`, { defaultValue: status }) })}
          </Text>
        )}
      </Group>
      <Group>
        <Button
          variant="default"
          loading={download.isPending && download.variables?.format === 'csv'}
          onClick={() => download.mutate({ list: list as DashboardList, filters: full, format: 'csv' })}
        >
          {t('dashboard.downloadCsv')}
        </Button>
        <Button
          variant="default"
          loading={download.isPending && download.variables?.format === 'xlsx'}
          onClick={() => download.mutate({ list: list as DashboardList, filters: full, format: 'xlsx' })}
        >
          {t('dashboard.downloadXlsx')}
        </Button>
      </Group>
      <ProblemAlert error={table.error ?? download.error} />
      {data && <Text aria-live="polite">{t('common.results', { count: data.rows.length })}</Text>}
      {data && (
        <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={data.title}>
          <Table striped withTableBorder data-testid="drill-down">
            <Table.Thead>
              <Table.Tr>
                {data.columns.map((c) => (
                  <Table.Th key={c.key} scope="col" style={c.type === 'text' ? undefined : { textAlign: 'right' }}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((v, j) => (
                    <Table.Td key={j} style={data.columns[j]!.type === 'text' ? undefined : { textAlign: 'right' }}>
                      {j === 0 && data.links?.[i] ? (
                        <Anchor component={Link} to={data.links[i]!}>
                          {v}
                        </Anchor>
                      ) : (
                        cell(v, data.columns[j]!.type)
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
