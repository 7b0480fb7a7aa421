import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';

/** Erklärung zur Barrierefreiheit per BITV 2.0 / EU 2016/2102 (kept in German, the legally binding text). */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={820} gap="sm">
      <PageTitle text={t('legal.accessibilityTitle')} />
      <Text lang="de">
        Die Programmkoordination ist bemüht, Pakt im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV
        2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Web-Anwendung Pakt.
      </Text>
      <Title order={2} size="h3">
        Stand der Vereinbarkeit
      </Title>
      <Text lang="de">
        Pakt ist mit den Anforderungen der WCAG 2.1 auf Stufe AA weitgehend vereinbar. Jede Seite wird bei jeder
        Änderung automatisch mit axe-core in einem echten Browser geprüft; Seiten mit schwerwiegenden oder kritischen
        Befunden werden nicht ausgeliefert.
      </Text>
      <Title order={2} size="h3">
        Nicht barrierefreie Inhalte
      </Title>
      <List lang="de">
        <List.Item>
          Die Karte Baden-Württembergs ist eine Grafik mit Textalternative. Dieselbe Auswahl (Filter nach Kreis) ist
          über das beschriftete Auswahlfeld „Kreis“ mit der Tastatur und mit Screenreadern möglich.
        </List.Item>
        <List.Item>
          Die Anmeldeseite stammt vom Identitätsdienst Keycloak und wird von uns nicht automatisch geprüft.
        </List.Item>
      </List>
      <Title order={2} size="h3">
        Feedback und Kontakt
      </Title>
      <Text lang="de">
        Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie an{' '}
        <Anchor href="mailto:barrierefreiheit@pakt.example.org">barrierefreiheit@pakt.example.org</Anchor>.
      </Text>
      <Title order={2} size="h3">
        Schlichtungsverfahren
      </Title>
      <Text lang="de">
        Bleibt Ihre Rückmeldung unbeantwortet, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik
        des Landes Baden-Württemberg bei der Landes-Behindertenbeauftragten wenden.
      </Text>
      <Text size="sm" c="dimmed">
        Erstellt am 21.11.2026.
      </Text>
    </Stack>
  );
}
