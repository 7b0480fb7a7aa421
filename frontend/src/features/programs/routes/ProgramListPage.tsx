import { Anchor, Badge, Button, Group, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDate } from '../../../lib/format';
import { usePrograms } from '../api/programs';

export function ProgramListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 250);
  const [page, setPage] = useState(1);
  const programs = usePrograms({ q: q || undefined, page: page - 1, size: 20, sort: 'title,asc' });

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle text={t('programs.title')} />
        {user.hasRole('program-office') && (
          <Button component={Link} to="/programme/neu">
            {t('programs.new')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <TextInput
          label={t('programs.search')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
          maw={480}
        />
        <ProblemAlert error={programs.error} />
        {programs.data && programs.data.totalItems === 0 && (
          <Text>{q ? t('common.noResults') : t('programs.empty')}</Text>
        )}
        {programs.data && programs.data.totalItems > 0 && (
          <TableScroll label={t('programs.title')}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('programs.fields.title')}</Table.Th>
                  <Table.Th scope="col">{t('programs.fields.funder')}</Table.Th>
                  <Table.Th scope="col">{t('programs.fields.coordinatingBody')}</Table.Th>
                  <Table.Th scope="col">{t('programs.published')}</Table.Th>
                  <Table.Th scope="col">{t('programs.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/programme/${p.id}`}>
                        {p.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.funder}</Table.Td>
                    <Table.Td>{p.coordinatingBody}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={p.published ? 'green' : 'gray'} c="dark">
                        {p.published ? t('programs.published') : t('programs.draft')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDate(p.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {programs.data && programs.data.totalPages > 1 && (
          <Pagination
            total={programs.data.totalPages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`common.${control}`) })}
            getItemProps={(p) => ({ 'aria-label': `${t('common.page')} ${p}` })}
          />
        )}
      </Stack>
    </>
  );
}
