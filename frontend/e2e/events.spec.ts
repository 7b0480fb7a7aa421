import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

/** "2031-05-20T10:00" in the form's datetime-local format, some days from now. */
function local(daysAhead: number, hour: number) {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

test('a municipality registers for an open event and sees the result in list, event page and calendar view', async ({
  page,
}) => {
  await page.goto('/veranstaltungen');
  await loginThroughKeycloak(page, 'kommune');
  await expect(page.getByRole('link', { name: 'Lernnetzwerktreffen online (Demo)' })).toBeVisible();
  await expectAccessible(page, 'event-list');
  await page.getByRole('link', { name: 'Lernnetzwerktreffen online (Demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lernnetzwerktreffen online (Demo)' })).toBeVisible();
  const places = page.getByTestId('places');
  await expect(places).toBeVisible();
  const before = Number((await places.innerText()).split(' ')[0]);
  const registeredAlready = (await page.getByTestId('my-registration-status').count()) > 0; // only when the test runs twice on one database
  await expectAccessible(page, 'event');

  await page.getByLabel('E-Mail-Adresse').fill('kommune@messkirch.example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByTestId('my-registration-status').filter({ hasText: 'Angemeldet' })).toBeVisible();
  const after = `${registeredAlready ? before : before - 1} von 30 Plätzen frei`;
  await expect(page.getByText(after)).toBeVisible();
  // Registering the same address again is harmless: still one registration.
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await expect(page.getByTestId('my-registration-status')).toHaveCount(1);
  await expect(page.getByText(after)).toBeVisible();

  await page.getByRole('link', { name: 'Alle Veranstaltungen' }).click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Lernnetzwerktreffen online (Demo)' }).getByText('Sie sind angemeldet'),
  ).toBeVisible();
  await page.locator('label', { hasText: /^Kalender$/ }).click();
  await expect(page).toHaveURL(/ansicht=kalender/);
  await expect(page.getByRole('table', { name: /Veranstaltungen im/ })).toBeVisible();
  await expectAccessible(page, 'event-calendar');
});

test('the programme office plans an event, people beyond capacity are waitlisted, and attendance is checked in after an event', async ({
  page,
}) => {
  await page.goto('/veranstaltungen');
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
  await expect(page.getByRole('heading', { level: 1, name: 'Werkstatt Ehrenamt (Test)' })).toBeVisible();
  await page.getByRole('button', { name: 'Anmeldung öffnen' }).click();
  await expect(page.getByText('Anmeldung offen', { exact: true })).toBeVisible();

  // The first person gets the only place; a colleague registered next goes on the waitlist.
  await page.getByLabel('E-Mail-Adresse').fill('paula.ostertag@example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByRole('cell', { name: 'Angemeldet', exact: true })).toBeVisible();
  await page.getByLabel('Ich melde mich selbst an').uncheck();
  await page.getByLabel(/^Name( \*)?$/).fill('Erika Kollegin');
  await page.getByLabel('E-Mail-Adresse').fill('erika.kollegin@example.org');
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByRole('cell', { name: 'Warteliste, Platz 1' })).toBeVisible();
  // The first cancels: the waitlist moves up.
  await page
    .getByRole('button', { name: /Teilnahme von .* absagen$/ })
    .first()
    .click();
  await page
    .getByRole('dialog', { name: 'Teilnahme absagen?' })
    .getByRole('button', { name: 'Teilnahme absagen' })
    .click();
  await expect(
    page.getByRole('row').filter({ hasText: 'Erika Kollegin' }).getByRole('cell', { name: 'Angemeldet', exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'event-organiser');

  // After a held event: attendance check-in and documentation.
  await page.goto('/veranstaltungen?status=HELD');
  await page.getByRole('link', { name: 'Lernnetzwerktreffen Frühjahr 2020' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Sven Thiel' });
  await row.getByRole('button', { name: 'Sven Thiel hat teilgenommen' }).click();
  await expect(row.getByRole('cell', { name: 'Teilgenommen', exact: true })).toBeVisible();
  await page.getByLabel('Erkenntnisse').fill('Kollegiale Beratung trägt, wenn sie vorbereitet ist.');
  await page.getByRole('button', { name: 'Dokumentation speichern' }).click();
  await expect(page.getByText('Erkenntnisse: Kollegiale Beratung trägt, wenn sie vorbereitet ist.')).toBeVisible();
  await expectAccessible(page, 'event-held');
});

test('a municipality sees whom it met in the network and publishes a good practice from its measure', async ({
  page,
  newPage,
}) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'kommune');
  await page.getByRole('link', { name: 'Erste Auflage 2018' }).click();
  await page.getByRole('link', { name: 'Meßkirch', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Erfahrungsaustausch im Lernnetzwerk' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Regionalkonferenz Gundelsheim' })).toBeVisible();
  await expect(page.getByText(/^Am häufigsten getroffen:/)).toBeVisible();

  await page.getByRole('button', { name: 'Praxisbeispiel anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Praxisbeispiel anlegen' });
  await dialog.getByRole('textbox', { name: 'Aus der Maßnahme' }).click();
  await page.getByRole('option', { name: 'Lerninsel an der Grundschule' }).click();
  await expect(dialog.getByLabel(/^Titel( \*)?$/)).toHaveValue('Lerninsel an der Grundschule');
  await dialog.getByLabel(/^Titel( \*)?$/).fill('Lerninsel Meßkirch');
  await dialog.getByLabel(/^Ansprechstelle( \*)?$/).fill('Integrationsbeauftragte der Stadt Meßkirch');
  await dialog.getByLabel('Im Transparenzportal veröffentlichen').check();
  await expectAccessible(page, 'good-practice-dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).not.toBeAttached();
  await expect(page.getByText('Lerninsel Meßkirch').first()).toBeVisible();
  await expectAccessible(page, 'site-exchange');

  const anonymous = await newPage();
  await anonymous.goto('/oeffentlich/praxisbeispiele');
  await expect(anonymous.getByRole('heading', { level: 2, name: 'Lerninsel Meßkirch' }).first()).toBeVisible();
  await expect(
    anonymous
      .getByRole('article', { name: 'Lerninsel Meßkirch' })
      .first()
      .getByText('Ansprechstelle: Integrationsbeauftragte der Stadt Meßkirch'),
  ).toBeVisible();
});

test('the steering group reads the exchange matrix', async ({ page }) => {
  await page.goto('/lernnetzwerk/austausch');
  await loginThroughKeycloak(page, 'steuerung');
  await expect(page.getByRole('heading', { level: 1, name: 'Erfahrungsaustausch' })).toBeVisible();
  await expect(page.getByTestId('exchange-matrix')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Meßkirch' })).toBeVisible();
  await expectAccessible(page, 'exchange-matrix');
});
