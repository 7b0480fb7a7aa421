import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';
import { API } from './urls';

interface Measure {
  id: string;
  title: string;
  progress: number;
  version: number;
  [field: string]: unknown;
}

/** Someone else saves the measure in between: the same API call the SPA makes, with the logged-in user's token. */
async function changeElsewhere(page: Page, siteId: string, title: string) {
  return page.evaluate(
    async ({ api, siteId, title }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
      const headers = {
        Authorization: `Bearer ${JSON.parse(sessionStorage.getItem(key)!).access_token}`,
        'Content-Type': 'application/json',
      };
      const roadmap: { goals: { measures: Measure[] }[] } = await (
        await fetch(`${api}/api/v1/sites/${siteId}/roadmap`, { headers })
      ).json();
      const m = roadmap.goals.flatMap((g) => g.measures).find((x) => x.title === title)!;
      const progress = m.progress === 50 ? 30 : 50; // a real change, so the version moves even when the test runs twice
      const body: Partial<Measure> = { ...m, progress };
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

test('a facilitator filters, edits measures and milestones, meets a conflict with a reload choice, and downloads the roadmap', async ({
  page,
}) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'begleitung');
  await page.getByRole('link', { name: 'Zweite Auflage 2019' }).click();
  await page
    .getByRole('region', { name: 'Standorte' })
    .getByRole('link', { name: 'Esslingen am Neckar', exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 3, name: /Ziel 1: Haupt- und Ehrenamt arbeiten Hand in Hand/ }),
  ).toBeVisible();
  const siteId = new URL(page.url()).pathname.split('/').pop()!;

  // Filter by status: only the measures in progress remain.
  await page.getByRole('textbox', { name: 'Nach Status filtern' }).click();
  await page.getByRole('option', { name: 'In Arbeit' }).click();
  await expect(page.getByText('3 von 9 Maßnahmen angezeigt')).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Praktikumsbörse mit dem Gewerbeverein/ })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: /^Jobpatenschaften mit örtlichen Betrieben/ })).toBeVisible();
  await expectAccessible(page, 'roadmap-filtered');
  await page.getByRole('textbox', { name: 'Nach Status filtern' }).click();
  await page.getByRole('option', { name: 'In Arbeit' }).click(); // choosing it again clears the filter
  await expect(page.getByRole('cell', { name: /^Praktikumsbörse mit dem Gewerbeverein/ })).toBeVisible();

  // Every detail of a measure.
  await page.getByRole('button', { name: 'Maßnahme „Ehrenamtsbörse im Rathaus“ bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await dialog.getByLabel('Verantwortlich').fill('Bürgerbüro und Vereinsring');
  await dialog.getByLabel('Partner').fill('Stadtseniorenrat');
  await dialog.getByLabel('Partner').press('Enter');
  await dialog.getByLabel('Fortschritt (%)').fill('80');
  await expectAccessible(page, 'measure-dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).not.toBeAttached();
  await expect(page.getByLabel('Fortschritt von „Ehrenamtsbörse im Rathaus“ in Prozent')).toHaveValue('80 %');
  await page.getByRole('button', { name: 'Maßnahme „Ehrenamtsbörse im Rathaus“ bearbeiten' }).click();
  await expect(dialog.getByLabel('Verantwortlich')).toHaveValue('Bürgerbüro und Vereinsring');
  await expect(dialog.getByText('Stadtseniorenrat')).toBeVisible();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  // Someone else saves the same measure while the dialog is open: the save is refused and a reload is offered.
  await page.getByRole('button', { name: 'Maßnahme „Jobpatenschaften mit örtlichen Betrieben“ bearbeiten' }).click();
  await dialog.getByLabel('Fortschritt (%)').fill('60');
  const theirs = await changeElsewhere(page, siteId, 'Jobpatenschaften mit örtlichen Betrieben');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Inzwischen geändert', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Neu laden' }).click();
  await expect(dialog).not.toBeAttached();
  await expect(
    page.getByLabel('Fortschritt von „Jobpatenschaften mit örtlichen Betrieben“ in Prozent', { exact: true }),
  ).toHaveValue(`${theirs} %`);

  // A milestone of the site's own.
  await page.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
  const milestone = page.getByRole('dialog', { name: 'Meilenstein hinzufügen' });
  const feast = `Fest der Kulturen ${Date.now()}`;
  await milestone.getByLabel('Bezeichnung').fill(feast);
  await milestone.getByLabel('Geplant für').fill('2030-06-20');
  await milestone.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('button', { name: `Meilenstein „${feast}“ bearbeiten` })).toBeVisible();
  await expect(page.getByText('geplant 20.06.2030').first()).toBeVisible();

  // The document the municipality keeps.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als PDF herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Fahrplan-Esslingen am Neckar.pdf');
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessible(page, 'roadmap-edited');
});
