import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, loginThroughKeycloak, newPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** "2031-05-20T10:00" in the form's datetime-local format, some days from now. */
function local(daysAhead, hour) {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

test('a municipality registers for an open event and sees the result in list, event page and calendar view', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/veranstaltungen`);
  await loginThroughKeycloak(page, 'kommune');
  await page.getByRole('link', { name: 'Lernnetzwerktreffen online (Demo)' }).waitFor();
  await expectAccessible(page, 'event-list');
  await page.getByRole('link', { name: 'Lernnetzwerktreffen online (Demo)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lernnetzwerktreffen online (Demo)' }).waitFor();
  const places = page.getByTestId('places');
  await places.waitFor();
  const before = Number((await places.innerText()).split(' ')[0]);
  const registeredAlready = (await page.getByTestId('my-registration-status').count()) > 0; // only when the test runs twice on one database
  await expectAccessible(page, 'event');

  await page.getByLabel('E-Mail-Adresse').fill('kommune@messkirch.example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await page.getByTestId('my-registration-status').filter({ hasText: 'Angemeldet' }).waitFor();
  const after = `${registeredAlready ? before : before - 1} von 30 Plätzen frei`;
  await page.getByText(after).waitFor();
  // Registering the same address again is harmless: still one registration.
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await page.getByRole('status').waitFor();
  assert.equal(await page.getByTestId('my-registration-status').count(), 1);
  await page.getByText(after).waitFor();

  await page.getByRole('link', { name: 'Alle Veranstaltungen' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Lernnetzwerktreffen online (Demo)' })
    .getByText('Sie sind angemeldet')
    .waitFor();
  await page.locator('label', { hasText: /^Kalender$/ }).click();
  await page.waitForURL(/ansicht=kalender/);
  await page.getByRole('table', { name: /Veranstaltungen im/ }).waitFor();
  await expectAccessible(page, 'event-calendar');
});

test('the programme office plans an event, people beyond capacity are waitlisted, and attendance is checked in after an event', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/veranstaltungen`);
  await loginThroughKeycloak(page, 'programmbuero');
  await page.getByRole('link', { name: 'Neue Veranstaltung' }).click();
  await page.getByRole('textbox', { name: /^Programm( \*)?$/ }).click();
  await page.getByRole('option', { name: /^Integration durch Bürgerschaftliches Engagement/ }).click();
  await page.getByLabel(/^Titel( \*)?$/).fill('Werkstatt Ehrenamt (Test)');
  await page.getByLabel(/^Beginn( \*)?$/).fill(local(40, 10));
  await page.getByLabel(/^Ende( \*)?$/).fill(local(40, 16));
  await page.getByLabel(/^Anmeldeschluss( \*)?$/).fill(local(30, 12));
  await page.getByLabel('Veranstaltungsort').fill('Rathaus, Großer Saal');
  await page.getByLabel(/^Plätze( \*)?$/).fill('1');
  await expectAccessible(page, 'event-create');
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkstatt Ehrenamt (Test)' }).waitFor();
  await page.getByRole('button', { name: 'Anmeldung öffnen' }).click();
  await page.getByText('Anmeldung offen', { exact: true }).waitFor();

  // The first person gets the only place; a colleague registered next goes on the waitlist.
  await page.getByLabel('E-Mail-Adresse').fill('paula.ostertag@example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await page.getByRole('cell', { name: 'Angemeldet', exact: true }).waitFor();
  await page.getByLabel('Ich melde mich selbst an').uncheck();
  await page.getByLabel(/^Name( \*)?$/).fill('Erika Kollegin');
  await page.getByLabel('E-Mail-Adresse').fill('erika.kollegin@example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await page.getByRole('cell', { name: 'Warteliste, Platz 1' }).waitFor();
  // The first cancels: the waitlist moves up.
  await page
    .getByRole('button', { name: /Teilnahme von .* absagen$/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: 'Teilnahme absagen?' })
    .getByRole('button', { name: 'Teilnahme absagen' })
    .click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Erika Kollegin' })
    .getByRole('cell', { name: 'Angemeldet', exact: true })
    .waitFor();
  await expectAccessible(page, 'event-organiser');

  // After a held event: attendance check-in and documentation.
  await page.goto(`${SPA}/veranstaltungen?status=HELD`);
  await page.getByRole('link', { name: 'Lernnetzwerktreffen Frühjahr 2020' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Sven Thiel' });
  await row.getByRole('button', { name: 'Sven Thiel hat teilgenommen' }).click();
  await row.getByRole('cell', { name: 'Teilgenommen', exact: true }).waitFor();
  await page.getByLabel('Erkenntnisse').fill('Kollegiale Beratung trägt, wenn sie vorbereitet ist.');
  await page.getByRole('button', { name: 'Dokumentation speichern' }).click();
  await page.getByText('Erkenntnisse: Kollegiale Beratung trägt, wenn sie vorbereitet ist.').waitFor();
  await expectAccessible(page, 'event-held');
});

test('a municipality sees whom it met in the network and publishes a good practice from its measure', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'kommune');
  await page.getByRole('link', { name: 'Erste Auflage 2018' }).click();
  await page.getByRole('link', { name: 'Meßkirch', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Erfahrungsaustausch im Lernnetzwerk' }).waitFor();
  await page.getByRole('link', { name: 'Regionalkonferenz Gundelsheim' }).waitFor();
  await page.getByText(/^Am häufigsten getroffen:/).waitFor();

  await page.getByRole('button', { name: 'Praxisbeispiel anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Praxisbeispiel anlegen' });
  await dialog.getByRole('textbox', { name: 'Aus der Maßnahme' }).click();
  await page.getByRole('option', { name: 'Lerninsel an der Grundschule' }).click();
  assert.equal(await dialog.getByLabel(/^Titel( \*)?$/).inputValue(), 'Lerninsel an der Grundschule');
  await dialog.getByLabel(/^Titel( \*)?$/).fill('Lerninsel Meßkirch');
  await dialog.getByLabel(/^Ansprechstelle( \*)?$/).fill('Integrationsbeauftragte der Stadt Meßkirch');
  await dialog.getByLabel('Im Transparenzportal veröffentlichen').check();
  await expectAccessible(page, 'good-practice-dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Lerninsel Meßkirch').first().waitFor();
  await expectAccessible(page, 'site-exchange');

  const anonymous = await newPage(browser);
  await anonymous.goto(`${SPA}/oeffentlich/praxisbeispiele`);
  await anonymous.getByRole('heading', { level: 2, name: 'Lerninsel Meßkirch' }).first().waitFor();
  await anonymous
    .getByRole('article', { name: 'Lerninsel Meßkirch' })
    .first()
    .getByText('Ansprechstelle: Integrationsbeauftragte der Stadt Meßkirch')
    .waitFor();
});

test('the steering group reads the exchange matrix', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/lernnetzwerk/austausch`);
  await loginThroughKeycloak(page, 'steuerung');
  await page.getByRole('heading', { level: 1, name: 'Erfahrungsaustausch' }).waitFor();
  await page.getByTestId('exchange-matrix').waitFor();
  await page.getByRole('rowheader', { name: 'Meßkirch' }).waitFor();
  await expectAccessible(page, 'exchange-matrix');
});
