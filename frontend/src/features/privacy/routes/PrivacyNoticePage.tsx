import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';

/**
 * Datenschutzerklärung (DSGVO Art. 13/14): purposes, legal basis, recipients, retention and rights. German is the
 * binding text (as for the imprint); the English switch says so. The retention periods are the defaults of
 * application.properties (docs/privacy.md); an installation that changes them changes this page too.
 */
export function PrivacyNoticePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={820} gap="sm">
      <PageTitle text={t('privacy.noticeTitle')} />
      <Text>{t('privacy.noticeLanguage')}</Text>
      <Text lang="de">
        Pakt ist die Fachanwendung des Programms „Integration durch Bürgerschaftliches Engagement und
        Zivilgesellschaft“. Verantwortlich für die Verarbeitung ist die Programmkoordination, die diese Installation
        betreibt (siehe Impressum). Pakt verarbeitet personenbezogene Daten nur, soweit es für die Durchführung des
        Förderprogramms nötig ist (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 4 LDSG Baden-Württemberg).
      </Text>
      <Title order={2} size="h3">
        Welche Daten, wofür
      </Title>
      <TableScroll label="Welche Daten, wofür">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Daten</Table.Th>
              <Table.Th scope="col">Zweck</Table.Th>
              <Table.Th scope="col">Speicherdauer</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody lang="de">
            <Table.Tr>
              <Table.Td>Kontaktperson einer Bewerbung (Name, E-Mail, Telefon)</Table.Td>
              <Table.Td>Rückfragen zur Bewerbung, Mitteilung der Auswahlentscheidung</Table.Td>
              <Table.Td>
                Bewerbungen mit Auswahlentscheidung: als Teil der Förderakte für die Aufbewahrungsfrist nach
                Zuwendungsrecht; Entwürfe und zurückgezogene Bewerbungen: 36 Monate nach der letzten Änderung
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Anmeldungen zu Veranstaltungen (Name, E-Mail, Organisation, Teilnahme)</Table.Td>
              <Table.Td>Organisation der Veranstaltung, Warteliste, Bestätigungen, Teilnahmestatistik</Table.Td>
              <Table.Td>24 Monate nach der Veranstaltung; danach bleiben nur die Zahlen</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Prozessbegleitung (Name, E-Mail, Telefon, Schwerpunkte, Tagessatz)</Table.Td>
              <Table.Td>Zuweisung zu Standorten, Auslastung, Abrechnung</Table.Td>
              <Table.Td>solange eine Zuweisung besteht; danach auf Antrag gelöscht</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>E-Mail-Benachrichtigungen (Adresse, Anlass, Zeitpunkt, Status)</Table.Td>
              <Table.Td>
                Information über Bewerbungen, Standorte, Veranstaltungen, Meilensteine; Nachweis des Versands
              </Table.Td>
              <Table.Td>12 Monate nach dem Versand</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Anmeldekonto (Kennung, Rollen, bestätigte E-Mail-Adresse) und Änderungsprotokoll</Table.Td>
              <Table.Td>Zugriffsschutz, Nachvollziehbarkeit von Änderungen</Table.Td>
              <Table.Td>solange das Konto besteht; das Protokoll nennt nur die pseudonyme Kennung</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text lang="de">
        Öffentliche Seiten (Transparenzportal) zeigen keine personenbezogenen Daten. Andere Systeme, die über die
        Schnittstelle angebunden sind, erhalten nur, was ihre Berechtigung erlaubt; Benachrichtigungen an andere Systeme
        enthalten keine personenbezogenen Daten. Eine Übermittlung in Drittländer findet nicht statt.
      </Text>
      <Title order={2} size="h3">
        Ihre Rechte
      </Title>
      <Text lang="de">
        Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der
        Verarbeitung (Art. 18) und Widerspruch (Art. 21). Angemeldete Personen laden ihre Daten selbst unter{' '}
        <Anchor component={Link} to="/meine-daten">
          Meine Daten
        </Anchor>{' '}
        herunter und wählen ihre E-Mails unter{' '}
        <Anchor component={Link} to="/benachrichtigungen">
          Benachrichtigungen
        </Anchor>
        . Für Auskunft und Löschung wenden Sie sich an die Programmkoordination. Sie können sich beim Landesbeauftragten
        für den Datenschutz und die Informationsfreiheit Baden-Württemberg beschweren.
      </Text>
    </Stack>
  );
}
