import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('a signed-in person downloads their own data as PDF and JSON', async ({ page }) => {
  await page.goto('/meine-daten');
  await loginThroughKeycloak(page, 'kommune');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Daten' })).toBeVisible();
  await expectAccessible(page, 'my-data');

  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als PDF herunterladen' }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toMatch(/^Meine-Daten-\d{2}\.\d{2}\.\d{4}\.pdf$/);
  expect((await readFile(await pdfFile.path())).subarray(0, 5).toString()).toBe('%PDF-');

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als JSON herunterladen' }).click();
  const data = JSON.parse(await readFile(await (await json).path(), 'utf8')) as { email: string; activity: unknown[] };
  expect(data.email).toBe('kommune@pakt.example.org');
});

test('the privacy notice names purposes and retention, and the office sees the retention periods', async ({ page }) => {
  await page.goto('/datenschutz');
  await expect(page.getByRole('heading', { level: 1, name: 'Datenschutzerklärung' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /24 Monate nach der Veranstaltung/ })).toBeVisible();
  await expectAccessible(page, 'privacy-notice');

  await page.goto('/datenschutz/anfragen');
  await loginThroughKeycloak(page, 'programmbuero');
  await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz-Anfragen' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Teilnehmenden einer Veranstaltung, 24 Monate/ })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse der Person').fill('niemand@example.org');
  await page.getByRole('button', { name: 'Daten löschen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Daten löschen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Anmeldungen: 0' })).toBeVisible();
  await expectAccessible(page, 'privacy-requests');
});
