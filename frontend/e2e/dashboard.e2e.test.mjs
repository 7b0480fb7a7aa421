import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, loginThroughKeycloak, newPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the steering group opens its dashboard, filters to round 2, drills into a number and downloads the CSV', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'steuerung');
  // The dashboard is the steering group's first screen.
  await page.goto(`${SPA}/`);
  await page.waitForURL(/\/dashboard/);
  await page.getByRole('heading', { level: 1, name: 'Dashboard der Steuerungsgruppe' }).waitFor();
  await page.getByRole('heading', { name: 'Förderrunden im Vergleich' }).waitFor();

  await page.getByRole('textbox', { name: 'Förderrunde' }).click();
  await page.getByRole('option', { name: 'Zweite Auflage 2019' }).click();
  await page.waitForURL(/runde=/);
  const selected = page.getByRole('link', { name: 'Ausgewählt: 13' });
  await selected.waitFor();
  await page.getByRole('link', { name: 'Bewerbungen eingegangen: 17' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  await page.locator('[data-testid="district-08415"]').waitFor();
  await expectAccessible(page, 'dashboard');

  // A filtered view is a link that can be shared.
  const shared = page.url();
  const other = await newPage(browser);
  await other.goto(shared);
  await loginThroughKeycloak(other, 'steuerung');
  await other.waitForURL(/runde=/);

  await selected.click();
  await page.waitForURL(/\/dashboard\/liste\/applications\?.*status=SELECTED/);
  await page.getByText('13 Treffer').waitFor();
  assert.equal(await page.getByTestId('drill-down').locator('tbody tr').count(), 13);
  await expectAccessible(page, 'dashboard-list');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV herunterladen (Excel)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^Bewerbungen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 with BOM');
  const lines = csv.slice(1).trim().split('\r\n');
  assert.equal(lines[0], 'Bewerber;Regierungsbezirk;Förderrunde;Status;Beantragt (EUR);Eingereicht am');
  assert.equal(lines.length, 14);
  assert.ok(lines.slice(1).every((l) => l.includes(';Zweite Auflage 2019;Ausgewählt;')));
  assert.match(lines[1], /;\d{2}\.\d{2}\.2019$/);
});
