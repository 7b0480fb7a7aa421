import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDate, formatEuroCents } from '../../../lib/format';
import { useRounds } from '../api/rounds';

export function RoundListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const rounds = useRounds();
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle text={t('rounds.title')} />
        {user.hasRole('program-office') && (
          <Button component={Link} to="/runden/neu">
            {t('rounds.new')}
          </Button>
        )}
      </Group>
      <ProblemAlert error={rounds.error} />
      {rounds.data?.totalItems === 0 && <Text>{t('rounds.empty')}</Text>}
      {!!rounds.data?.totalItems && (
        <TableScroll label={t('rounds.title')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rounds.number')}</Table.Th>
                <Table.Th scope="col">{t('programs.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('rounds.status')}</Table.Th>
                <Table.Th scope="col">{t('rounds.window')}</Table.Th>
                <Table.Th scope="col">{t('rounds.cap')}</Table.Th>
                <Table.Th scope="col">{t('rounds.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rounds.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/runden/${r.id}`}>
                      {r.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" c="dark">
                      {t(`rounds.statuses.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.applicationWindow
                      ? `${formatDate(r.applicationWindow.opensAt)} – ${formatDate(r.applicationWindow.closesAt)}`
                      : '–'}
                  </Table.Td>
                  <Table.Td>{formatEuroCents(r.capPerSiteCents)}</Table.Td>
                  <Table.Td>{r.targetSites}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
