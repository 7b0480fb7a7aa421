import { Badge, Button, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { useNotificationLog, type NotificationStatus } from '../api/notifications';

const STATUS_COLOR: Record<NotificationStatus, string> = { PENDING: 'yellow', SENT: 'green', FAILED: 'red' };

/** "Versandprotokoll": every e-mail Pakt sent or is sending, for the programme office ("did they get it?"). */
export function NotificationLogPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<NotificationStatus | undefined>();
  const [typed, setTyped] = useState('');
  const [recipient, setRecipient] = useState('');
  const log = useNotificationLog({ page: page - 1, status, recipient });
  const statuses = ['PENDING', 'SENT', 'FAILED'] as const;
  return (
    <>
      <PageTitle text={t('notifications.logTitle')} />
      <Stack>
        <Text>{t('notifications.logIntro')}</Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setPage(1);
            setRecipient(typed.trim());
          }}
        >
          <Group align="end">
            <TextInput
              label={t('notifications.recipient')}
              type="email"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
            <Select
              label={t('notifications.status')}
              clearable
              value={status ?? null}
              onChange={(v) => {
                setPage(1);
                setStatus((v as NotificationStatus | null) ?? undefined);
              }}
              data={statuses.map((s) => ({ value: s, label: t(`notifications.statuses.${s}`) }))}
            />
            <Button type="submit">{t('notifications.search')}</Button>
          </Group>
        </form>
        <ProblemAlert error={log.error} />
        {log.data && log.data.items.length === 0 && <Text>{t('notifications.none')}</Text>}
        {log.data && log.data.items.length > 0 && (
          <TableScroll label={t('notifications.logTitle')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('notifications.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.recipient')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.kind')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.status')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.attempts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.items.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>{formatDateTime(n.createdAt)}</Table.Td>
                    <Table.Td>{n.recipient}</Table.Td>
                    <Table.Td>{t(`notifications.kinds.${n.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[n.status]} c="dark">
                        {t(`notifications.statuses.${n.status}`)}
                      </Badge>
                      {n.sentAt && <Text size="xs">{formatDateTime(n.sentAt)}</Text>}
                      {n.lastError && <Text size="xs">{n.lastError}</Text>}
                    </Table.Td>
                    <Table.Td>{n.attempts}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {log.data && log.data.totalPages > 1 && (
          <Pagination
            total={log.data.totalPages}
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
