import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('the steering group opens its dashboard, filters to round 2, drills into a number and downloads the CSV', async ({
  page,
  newPage,
}) => {
  await page.goto('/');
  await loginThroughKeycloak(page, 'steuerung');
  // The dashboard is the steering group's first screen.
  await page.goto('/');
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard der Steuerungsgruppe' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Förderrunden im Vergleich' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Förderrunde' }).click();
  await page.getByRole('option', { name: 'Zweite Auflage 2019' }).click();
  await expect(page).toHaveURL(/runde=/);
  const selected = page.getByRole('link', { name: 'Ausgewählt: 13' });
  await expect(selected).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bewerbungen eingegangen: 17' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('[data-testid="district-08415"]')).toBeVisible();
  await expectAccessible(page, 'dashboard');

  // A filtered view is a link that can be shared.
  const shared = page.url();
  const other = await newPage();
  await other.goto(shared);
  await loginThroughKeycloak(other, 'steuerung');
  await expect(other).toHaveURL(/runde=/);

  await selected.click();
  await expect(page).toHaveURL(/\/dashboard\/liste\/applications\?.*status=SELECTED/);
  await expect(page.getByText('13 Treffer')).toBeVisible();
  await expect(page.getByTestId('drill-down').locator('tbody tr')).toHaveCount(13);
  await expectAccessible(page, 'dashboard-list');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV herunterladen (Excel)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Bewerbungen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.charCodeAt(0), 'UTF-8 with BOM').toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Bewerber;Regierungsbezirk;Förderrunde;Status;Beantragt (EUR);Eingereicht am');
  expect(lines).toHaveLength(14);
  for (const line of lines.slice(1)) expect(line).toContain(';Zweite Auflage 2019;Ausgewählt;');
  expect(lines[1]).toMatch(/;\d{2}\.\d{2}\.2019$/);
});
