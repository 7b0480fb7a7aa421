import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, loginThroughKeycloak, newPage } from './support.mjs';

const API = process.env.PAKT_API_URL ?? 'http://localhost:8080';
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Someone else saves the measure in between: the same API call the SPA makes, with the logged-in user's token. */
async function changeElsewhere(page, siteId, title) {
  return page.evaluate(
    async ({ api, siteId, title }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const headers = {
        Authorization: `Bearer ${JSON.parse(sessionStorage.getItem(key)).access_token}`,
        'Content-Type': 'application/json',
      };
      const roadmap = await (await fetch(`${api}/api/v1/sites/${siteId}/roadmap`, { headers })).json();
      const m = roadmap.goals.flatMap((g) => g.measures).find((x) => x.title === title);
      const progress = m.progress === 50 ? 30 : 50; // a real change, so the version moves even when the test runs twice
      const body = { ...m, progress };
      for (const field of ['id', 'goalId', 'version']) delete body[field];
      const answer = await fetch(`${api}/api/v1/measures/${m.id}`, {
        method: 'PUT',
        headers: { ...headers, 'If-Match': `"${m.version}"` },
        body: JSON.stringify(body),
      });
      if (!answer.ok) throw new Error(`change elsewhere failed: ${answer.status}`);
      return progress;
    },
    { api: API, siteId, title },
  );
}

test('a facilitator filters, edits measures and milestones, meets a conflict with a reload choice, and downloads the roadmap', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'begleitung');
  await page.getByRole('link', { name: 'Zweite Auflage 2019' }).click();
  await page.getByRole('link', { name: 'Esslingen am Neckar', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: /Ziel 1: Haupt- und Ehrenamt arbeiten Hand in Hand/ }).waitFor();
  const siteId = new URL(page.url()).pathname.split('/').pop();

  // Filter by status: only the measures in progress remain.
  await page.getByRole('textbox', { name: 'Nach Status filtern' }).click();
  await page.getByRole('option', { name: 'In Arbeit' }).click();
  await page.getByText('3 von 9 Maßnahmen angezeigt').waitFor();
  assert.equal(await page.getByRole('cell', { name: /^Praktikumsbörse mit dem Gewerbeverein/ }).count(), 0);
  await page.getByRole('cell', { name: /^Jobpatenschaften mit örtlichen Betrieben/ }).waitFor();
  await expectAccessible(page, 'roadmap-filtered');
  await page.getByRole('textbox', { name: 'Nach Status filtern' }).click();
  await page.getByRole('option', { name: 'In Arbeit' }).click(); // choosing it again clears the filter
  await page.getByRole('cell', { name: /^Praktikumsbörse mit dem Gewerbeverein/ }).waitFor();

  // Every detail of a measure.
  await page.getByRole('button', { name: 'Maßnahme „Ehrenamtsbörse im Rathaus“ bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await dialog.getByLabel('Verantwortlich').fill('Bürgerbüro und Vereinsring');
  await dialog.getByLabel('Partner').fill('Stadtseniorenrat');
  await dialog.getByLabel('Partner').press('Enter');
  await dialog.getByLabel('Fortschritt (%)').fill('80');
  await expectAccessible(page, 'measure-dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Fortschritt von „Ehrenamtsbörse im Rathaus“ in Prozent').inputValue(), '80 %');
  await page.getByRole('button', { name: 'Maßnahme „Ehrenamtsbörse im Rathaus“ bearbeiten' }).click();
  assert.equal(await dialog.getByLabel('Verantwortlich').inputValue(), 'Bürgerbüro und Vereinsring');
  await dialog.getByText('Stadtseniorenrat').waitFor();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  // Someone else saves the same measure while the dialog is open: the save is refused and a reload is offered.
  await page.getByRole('button', { name: 'Maßnahme „Jobpatenschaften mit örtlichen Betrieben“ bearbeiten' }).click();
  await dialog.getByLabel('Fortschritt (%)').fill('60');
  const theirs = await changeElsewhere(page, siteId, 'Jobpatenschaften mit örtlichen Betrieben');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await dialog.getByText('Inzwischen geändert', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Neu laden' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(
    (value) =>
      document.querySelector('[aria-label="Fortschritt von „Jobpatenschaften mit örtlichen Betrieben“ in Prozent"]')
        ?.value === `${value} %`,
    theirs,
  );

  // A milestone of the site's own.
  await page.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  const milestone = page.getByRole('dialog', { name: 'Meilenstein hinzufügen' });
  const feast = `Fest der Kulturen ${Date.now()}`;
  await milestone.getByLabel('Bezeichnung').fill(feast);
  await milestone.getByLabel('Geplant für').fill('2030-06-20');
  await milestone.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('button', { name: `Meilenstein „${feast}“ bearbeiten` }).waitFor();
  await page.getByText('geplant 20.06.2030').first().waitFor();

  // The document the municipality keeps.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als PDF herunterladen' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'Fahrplan-Esslingen am Neckar.pdf');
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  await expectAccessible(page, 'roadmap-edited');
});
