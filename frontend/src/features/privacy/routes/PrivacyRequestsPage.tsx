import { Alert, Button, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableScroll } from '../../../components/TableScroll';
import { downloadPersonalDataJson, downloadPersonalDataPdf, useErasure, useRetentionReport } from '../api/privacy';

/** "Datenschutz-Anfragen": the programme office answers requests for access and erasure, and sees retention. */
export function PrivacyRequestsPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>(null);
  const erasure = useErasure();
  const retention = useRetentionReport();
  const valid = /^[^\s@]+@[^\s@]+$/.test(email.trim());
  const run = (download: (email: string) => Promise<void>) => {
    setError(null);
    download(email.trim()).catch(setError);
  };
  return (
    <>
      <PageTitle text={t('privacy.requestsTitle')} />
      <Stack maw={820}>
        <Text>{t('privacy.requestsIntro')}</Text>
        <TextInput
          type="email"
          label={t('privacy.personEmail')}
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            erasure.reset();
          }}
        />
        <ProblemAlert error={error ?? erasure.error} />
        <Group>
          <Button disabled={!valid} onClick={() => run(downloadPersonalDataPdf)}>
            {t('privacy.downloadPdf')}
          </Button>
          <Button variant="default" disabled={!valid} onClick={() => run(downloadPersonalDataJson)}>
            {t('privacy.downloadJson')}
          </Button>
          <ConfirmButton
            disabled={!valid}
            irreversible
            title={t('privacy.confirmEraseTitle')}
            message={t('privacy.confirmErase', { email: email.trim() })}
            confirmLabel={t('privacy.erase')}
            onConfirm={() => erasure.mutate(email.trim())}
          >
            {t('privacy.erase')}
          </ConfirmButton>
        </Group>
        {erasure.data && (
          <Alert color="pakt" role="status" title={t('privacy.erasedTitle')}>
            <Text size="sm">
              {t('privacy.erasedCounts', {
                registrations: erasure.data.registrations,
                applications: erasure.data.applications,
                facilitators: erasure.data.facilitators,
                notifications: erasure.data.notifications,
              })}
            </Text>
            {erasure.data.kept.length > 0 && (
              <>
                <Text size="sm" fw={600} mt="xs">
                  {t('privacy.kept')}
                </Text>
                <List size="sm">
                  {erasure.data.kept.map((k) => (
                    <List.Item key={k.id}>{k.reason}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        <Title order={2} size="h3" mt="md">
          {t('privacy.retentionTitle')}
        </Title>
        <ProblemAlert error={retention.error} />
        {retention.data && (
          <TableScroll label={t('privacy.retentionTitle')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('privacy.retentionRule')}</Table.Th>
                  <Table.Th scope="col">{t('privacy.retentionDue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {retention.data.rules.map((r) => (
                  <Table.Tr key={r.kind}>
                    <Table.Td>{r.description}</Table.Td>
                    <Table.Td>{r.due}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </>
  );
}
