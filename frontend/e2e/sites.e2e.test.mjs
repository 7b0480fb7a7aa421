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

async function openSite(page, name) {
  await page.goto(`${SPA}/runden`);
  await page.getByRole('link', { name: 'Zweite Auflage 2019' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Standort ${name}` }).waitFor();
}

test('the programme office sees the pool and books against a site, refused beyond the grant, and reverses', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'programmbuero');
  await page.getByRole('link', { name: 'Prozessbegleitung' }).click();
  await page.getByRole('row').filter({ hasText: 'Fatma Yıldız' }).waitFor();
  await expectAccessible(page, 'facilitator-pool');

  await openSite(page, 'Reutlingen');
  await page.getByText(/Gebucht 5\.150\s€ von 40\.000\s€, verbleibend 34\.850\s€/).waitFor();
  await expectAccessible(page, 'site');

  await page.getByRole('textbox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Veranstaltung' }).click();
  await page.getByLabel('Beschreibung', { exact: true }).fill('Regionalkonferenz Gundelsheim');
  await page.getByLabel('Betrag in Euro').fill('50000');
  await page.getByRole('button', { name: 'Buchen' }).click();
  await page.getByText(/überschreitet die Bewilligung: es verbleiben 34\.850/).waitFor();

  await page.getByLabel('Betrag in Euro').fill('1000');
  await page.getByRole('button', { name: 'Buchen' }).click();
  await page.getByText(/Gebucht 6\.150\s€ von 40\.000\s€/).waitFor();
  await page.getByRole('button', { name: 'Regionalkonferenz Gundelsheim stornieren' }).click();
  const reversal = page.getByRole('dialog', { name: 'Buchung stornieren?' });
  await reversal.getByText(/„Regionalkonferenz Gundelsheim“ \(1\.000\s€\)/).waitFor();
  await reversal.getByRole('button', { name: 'Stornieren' }).click();
  await page.getByText(/Gebucht 5\.150\s€ von 40\.000\s€/).waitFor();
  await page.getByText('Storno: Regionalkonferenz Gundelsheim').waitFor();
});

test('a facilitator sees the facilitation of an own site, without budget controls', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'begleitung');
  assert.equal(await page.getByRole('link', { name: 'Prozessbegleitung' }).count(), 0);
  await openSite(page, 'Esslingen am Neckar'); // first site of round 2 in key order (08116019): led by Fatma Yıldız
  await page.getByText(/Leitung: Fatma Yıldız/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Buchen' }).count(), 0);
  await expectAccessible(page, 'site-facilitator');
});

test('a facilitator adds a measure, marks it done, and the site progress changes', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'begleitung');
  await openSite(page, 'Heidenheim an der Brenz'); // seventh site of round 2 in key order: led by Fatma Yıldız
  const progress = page.getByTestId('site-progress');
  await progress.waitFor();
  const before = await progress.innerText();

  await page.getByLabel('Neues Ziel').fill('Ehrenamt stärken');
  await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  await page.getByRole('heading', { level: 3, name: /Ehrenamt stärken$/ }).waitFor();
  await page.getByLabel('Neue Maßnahme zu „Ehrenamt stärken“').fill('Ehrenamtsbörse');
  await page.getByRole('button', { name: 'Maßnahme hinzufügen zu „Ehrenamt stärken“' }).click();
  await page.getByRole('cell', { name: 'Ehrenamtsbörse', exact: true }).waitFor();
  await expectAccessible(page, 'roadmap');

  await page.getByRole('textbox', { name: 'Status von „Ehrenamtsbörse“' }).click();
  await page.getByRole('option', { name: 'Erledigt' }).click();
  // Heidenheim's draft roadmap has goals already: the new goal is 100 % done and the site's mean moves.
  await page.getByRole('heading', { level: 3, name: /Ehrenamt stärken · 100 %$/ }).waitFor();
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="site-progress"]')?.textContent !== text,
    before,
  );

  // The council adopts the roadmap.
  await page.getByLabel('Beschluss (z. B. Gemeinderatsbeschluss Nr. 23/2020)').fill('Gemeinderatsbeschluss Nr. 7/2020');
  await page.getByRole('button', { name: 'Fahrplan als beschlossen eintragen' }).click();
  await page.getByText('Beschlossen', { exact: true }).waitFor();
  await page.getByText(/Beschlossen am .*Gemeinderatsbeschluss Nr\. 7\/2020/).waitFor();
  await expectAccessible(page, 'roadmap-adopted');
});

test('the programme office adds a co-facilitator and the kickoff date, then completes the site', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'programmbuero');
  await openSite(page, 'Salach');
  await page.getByRole('textbox', { name: 'Co-Begleitung' }).click();
  await page.getByRole('option', { name: /^Hannah Vogt/ }).click();
  await page.getByLabel('Auftaktgespräch', { exact: true }).fill('2019-10-21');
  await page.getByRole('button', { name: 'Begleitung speichern' }).click();
  await page.getByRole('button', { name: 'Begleitung speichern' }).waitFor({ state: 'visible' });
  await page.waitForResponse((r) => r.url().includes('/facilitation') && r.request().method() === 'GET' && r.ok());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Standort Salach' }).waitFor();
  await page.waitForFunction(
    () => document.querySelector('input[aria-haspopup="listbox"][value^="Hannah Vogt"]') !== null,
  );
  assert.equal(await page.getByLabel('Auftaktgespräch', { exact: true }).inputValue(), '2019-10-21');
  await expectAccessible(page, 'site-office');

  await page.getByRole('button', { name: 'Standort abschließen' }).click();
  await page
    .getByRole('dialog', { name: 'Standort abschließen?' })
    .getByRole('button', { name: 'Standort abschließen' })
    .click();
  await page.getByText('Abgeschlossen', { exact: true }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Standort abschließen' }).count(), 0);
});
