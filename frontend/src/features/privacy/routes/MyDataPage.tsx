import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { downloadMyDataJson, downloadMyDataPdf } from '../api/privacy';

/** "Meine Daten": everything Pakt holds about the signed-in person, to download (DSGVO Art. 15). */
export function MyDataPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = (download: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    download()
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <PageTitle text={t('privacy.myDataTitle')} />
      <Stack maw={720}>
        <Text>{t('privacy.myDataIntro')}</Text>
        <ProblemAlert error={error} />
        <Group>
          <Button loading={busy} onClick={() => run(downloadMyDataPdf)}>
            {t('privacy.downloadPdf')}
          </Button>
          <Button variant="default" loading={busy} onClick={() => run(downloadMyDataJson)}>
            {t('privacy.downloadJson')}
          </Button>
        </Group>
        <Text size="sm">
          {t('privacy.erasureHint')}{' '}
          <Anchor component={Link} to="/datenschutz">
            {t('privacy.noticeTitle')}
          </Anchor>
        </Text>
      </Stack>
    </>
  );
}
