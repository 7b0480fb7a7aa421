import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, newPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the transparency portal works without login: map, measures, events with the calendar, good practices', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/oeffentlich`);
  await page.getByRole('heading', { level: 1, name: 'Transparenzportal' }).waitFor();
  await page.getByRole('heading', { name: '36 geförderte Standorte' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Anmelden' }).count(), 1);
  await expectAccessible(page, 'portal');
  // A Kreis on the map narrows the list (Sigmaringen: Meßkirch).
  await page.locator('[data-testid="district-08437"]').click();
  await page.waitForURL(/kreis=08437/);
  await page.getByRole('heading', { name: '1 Standort im Kreis Sigmaringen' }).waitFor();
  await page.getByRole('cell', { name: 'Meßkirch' }).waitFor();

  // Keyboard only: to the measures section and filter by topic.
  await page.getByRole('link', { name: 'Maßnahmen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Maßnahmen der Standorte' }).waitFor();
  await page.getByRole('textbox', { name: 'Handlungsfeld' }).click();
  await page.getByRole('option', { name: 'Spracherwerb und Bildung' }).click();
  await page.waitForURL(/thema=/);
  await page.getByRole('heading', { level: 2, name: 'Lerninsel an der Grundschule' }).first().waitFor();
  // Measures of other topics leave the list.
  await page
    .getByRole('heading', { level: 2, name: 'Jobpatenschaften mit örtlichen Betrieben' })
    .first()
    .waitFor({ state: 'detached' });
  await expectAccessible(page, 'portal-measures');

  await page.getByRole('link', { name: 'Veranstaltungen', exact: true }).last().click();
  await page.getByRole('heading', { level: 1, name: 'Veranstaltungen des Lernnetzwerks' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Regionalkonferenz Großbettlingen (Demo)' }).waitFor();
  const feed = await page.getByLabel('Adresse des Kalenders').inputValue();
  assert.match(feed, /\/api\/v1\/calendar\/events\.ics$/);
  const ics = await (await fetch(feed)).text();
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /SUMMARY:Regionalkonferenz Großbettlingen \(Demo\)/);
  await expectAccessible(page, 'portal-events');

  await page.getByRole('link', { name: 'Praxisbeispiele', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Lerninsel', exact: true }).waitFor();
  await page.getByText('Ansprechstelle: Integrationsstelle der Gemeinde Tiefenbronn').waitFor();
  await expectAccessible(page, 'portal-practices');
});
