import { Anchor, Badge, Button, Grid, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { BwMap } from '../../../components/BwMap';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { useAreas, useDistricts, type AreaLevel } from '../../../lib/api/areas';
import { areaLevelValues } from '../../../lib/api/schema';

const PAGE_SIZE = 25;

/** Public search in the registry; the filters live in the URL so a search can be shared as a link. */
export function RegistryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debouncedText] = useDebouncedValue(text, 250);
  const level = (params.get('level') as AreaLevel | null) ?? undefined;
  const districtKey = params.get('kreis') ?? undefined;
  const page = Number(params.get('seite') ?? '1');

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('seite' in changes)) next.delete('seite');
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedText) update({ q: debouncedText || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText]);

  const districts = useDistricts();
  const areas = useAreas({ q: params.get('q') || undefined, level, districtKey, page: page - 1, size: PAGE_SIZE });
  const selectedDistrict = districts.data?.find((d) => d.key === districtKey);

  return (
    <>
      <PageTitle text={t('registry.title')} />
      <Text mb="md">{t('registry.intro')}</Text>
      <Grid gutter="xl" overflow="hidden">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <TextInput
              label={t('registry.search')}
              description={t('registry.searchHint')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              type="search"
              autoComplete="off"
            />
            <Group grow align="flex-end">
              <Select
                label={t('registry.level')}
                placeholder={t('registry.allLevels')}
                data={areaLevelValues.map((l) => ({ value: l, label: t(`registry.levels.${l}`) }))}
                value={level ?? null}
                onChange={(v) => update({ level: v ?? undefined })}
                clearable
              />
              <Select
                label={t('registry.district')}
                placeholder={t('registry.allDistricts')}
                data={(districts.data ?? []).map((d) => ({ value: d.key, label: d.name }))}
                value={districtKey ?? null}
                onChange={(v) => update({ kreis: v ?? undefined })}
                searchable
                clearable
              />
            </Group>
            <ProblemAlert error={areas.error} />
            {areas.data && (
              <>
                <Text aria-live="polite">
                  {t('common.results', {
                    count: areas.data.totalItems,
                    formatted: formatNumber(areas.data.totalItems),
                  })}
                </Text>
                <TableScroll label={t('registry.title')}>
                  <Table striped highlightOnHover withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('registry.columns.name')}</Table.Th>
                        <Table.Th scope="col">{t('registry.columns.kind')}</Table.Th>
                        <Table.Th scope="col">{t('registry.columns.key')}</Table.Th>
                        <Table.Th scope="col">{t('registry.columns.district')}</Table.Th>
                        <Table.Th scope="col">{t('registry.columns.region')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {areas.data.items.map((a) => (
                        <Table.Tr key={a.key}>
                          <Table.Td>
                            {a.name}
                            {a.association && a.association.name !== a.name && (
                              <Text size="xs" c="dimmed">
                                {a.association.name}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" color="gray" c="dark">
                              {t(`registry.kinds.${a.kind}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <code>{a.key}</code>
                          </Table.Td>
                          <Table.Td>
                            {a.district ? (
                              <Anchor
                                component="button"
                                type="button"
                                onClick={() => update({ kreis: a.district!.key })}
                              >
                                {a.district.name}
                              </Anchor>
                            ) : (
                              '–'
                            )}
                          </Table.Td>
                          <Table.Td>{a.region?.name ?? '–'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
                {areas.data.items.length === 0 && <Text>{t('common.noResults')}</Text>}
                {areas.data.totalPages > 1 && (
                  <Pagination
                    total={areas.data.totalPages}
                    value={page}
                    onChange={(p) => update({ seite: String(p) })}
                    getControlProps={(control) => ({ 'aria-label': t(`common.${control}`) })}
                    getItemProps={(p) => ({ 'aria-label': `${t('common.page')} ${p}` })}
                  />
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <BwMap selectedKey={districtKey} onSelect={(key) => update({ kreis: key })} label={t('registry.mapLabel')} />
          <Text size="sm">{t('registry.mapHint')}</Text>
          {selectedDistrict && (
            <Button variant="subtle" mt="xs" onClick={() => update({ kreis: undefined })}>
              {t('registry.clearDistrict')}: {selectedDistrict.name}
            </Button>
          )}
          <Text size="xs" c="dimmed" mt="md">
            {t('registry.attribution')}
          </Text>
        </Grid.Col>
      </Grid>
    </>
  );
}
