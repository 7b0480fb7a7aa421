import type { Page } from '@playwright/test';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

async function openSite(page: Page, name: string) {
  await page.goto('/runden');
  await page.getByRole('link', { name: 'Zweite Auflage 2019' }).click();
  // The round's list of sites: a facilitator's own sites are also links in the main navigation, once it has loaded them.
  await page.getByRole('region', { name: 'Standorte' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Standort ${name}` })).toBeVisible();
}

test('the programme office sees the pool and books against a site, refused beyond the grant, and reverses', async ({
  page,
}) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'programmbuero');
  await page.getByRole('link', { name: 'Prozessbegleitung' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Fatma Yıldız' })).toBeVisible();
  await expectAccessible(page, 'facilitator-pool');

  await openSite(page, 'Reutlingen');
  await expect(page.getByText(/Gebucht 5\.150\s€ von 40\.000\s€, verbleibend 34\.850\s€/)).toBeVisible();
  await expectAccessible(page, 'site');

  await page.getByRole('textbox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Veranstaltung' }).click();
  await page.getByLabel('Beschreibung', { exact: true }).fill('Regionalkonferenz Gundelsheim');
  await page.getByLabel('Betrag in Euro').fill('50000');
  await page.getByRole('button', { name: 'Buchen' }).click();
  await expect(page.getByText(/überschreitet die Bewilligung: es verbleiben 34\.850/)).toBeVisible();

  await page.getByLabel('Betrag in Euro').fill('1000');
  await page.getByRole('button', { name: 'Buchen' }).click();
  await expect(page.getByText(/Gebucht 6\.150\s€ von 40\.000\s€/)).toBeVisible();
  await page.getByRole('button', { name: 'Regionalkonferenz Gundelsheim stornieren' }).click();
  const reversal = page.getByRole('dialog', { name: 'Buchung stornieren?' });
  await expect(reversal.getByText(/„Regionalkonferenz Gundelsheim“ \(1\.000\s€\)/)).toBeVisible();
  await reversal.getByRole('button', { name: 'Stornieren' }).click();
  await expect(page.getByText(/Gebucht 5\.150\s€ von 40\.000\s€/)).toBeVisible();
  await expect(page.getByText('Storno: Regionalkonferenz Gundelsheim')).toBeVisible();
});

test('a facilitator sees the facilitation of an own site, without budget controls', async ({ page }) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'begleitung');
  await expect(page.getByRole('link', { name: 'Prozessbegleitung' })).toHaveCount(0);
  await openSite(page, 'Esslingen am Neckar'); // first site of round 2 in key order (08116019): led by Fatma Yıldız
  await expect(page.getByText(/Leitung: Fatma Yıldız/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buchen' })).toHaveCount(0);
  await expectAccessible(page, 'site-facilitator');
});

test('a facilitator adds a measure, marks it done, and the site progress changes', async ({ page }) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'begleitung');
  await openSite(page, 'Heidenheim an der Brenz'); // seventh site of round 2 in key order: led by Fatma Yıldız
  const progress = page.getByTestId('site-progress');
  await expect(progress).toBeVisible();
  const before = await progress.innerText();

  await page.getByLabel('Neues Ziel').fill('Ehrenamt stärken');
  await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Ehrenamt stärken$/ })).toBeVisible();
  await page.getByLabel('Neue Maßnahme zu „Ehrenamt stärken“').fill('Ehrenamtsbörse');
  await page.getByRole('button', { name: 'Maßnahme hinzufügen zu „Ehrenamt stärken“' }).click();
  await expect(page.getByRole('cell', { name: 'Ehrenamtsbörse', exact: true })).toBeVisible();
  await expectAccessible(page, 'roadmap');

  await page.getByRole('textbox', { name: 'Status von „Ehrenamtsbörse“' }).click();
  await page.getByRole('option', { name: 'Erledigt' }).click();
  // Heidenheim's draft roadmap has goals already: the new goal is 100 % done and the site's mean moves.
  await expect(page.getByRole('heading', { level: 3, name: /Ehrenamt stärken · 100 %$/ })).toBeVisible();
  await expect(progress).not.toHaveText(before, { useInnerText: true });

  // The council adopts the roadmap.
  await page.getByLabel('Beschluss (z. B. Gemeinderatsbeschluss Nr. 23/2020)').fill('Gemeinderatsbeschluss Nr. 7/2020');
  await page.getByRole('button', { name: 'Fahrplan als beschlossen eintragen' }).click();
  await expect(page.getByText('Beschlossen', { exact: true })).toBeVisible();
  await expect(page.getByText(/Beschlossen am .*Gemeinderatsbeschluss Nr\. 7\/2020/)).toBeVisible();
  await expectAccessible(page, 'roadmap-adopted');
});

test('the programme office adds a co-facilitator and the kickoff date, then completes the site', async ({ page }) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'programmbuero');
  await openSite(page, 'Salach');
  await page.getByRole('textbox', { name: 'Co-Begleitung' }).click();
  await page.getByRole('option', { name: /^Hannah Vogt/ }).click();
  await page.getByLabel('Auftaktgespräch', { exact: true }).fill('2019-10-21');
  const saved = page.waitForResponse(
    (r) => r.url().includes('/facilitation') && r.request().method() === 'PUT' && r.ok(),
  );
  await page.getByRole('button', { name: 'Begleitung speichern' }).click();
  await saved;

  // The site's version moved with its facilitation: the next step works on the page as it is, without a reload.
  await page.getByRole('button', { name: 'Standort abschließen' }).click();
  await page
    .getByRole('dialog', { name: 'Standort abschließen?' })
    .getByRole('button', { name: 'Standort abschließen' })
    .click();
  await expect(page.getByText('Abgeschlossen', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Standort abschließen' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Standort Salach' })).toBeVisible();
  await expect(page.getByText('Abgeschlossen', { exact: true }).first()).toBeVisible();
  await expect(page.locator('input[aria-haspopup="listbox"][value^="Hannah Vogt"]').first()).toBeAttached();
  await expect(page.getByLabel('Auftaktgespräch', { exact: true })).toHaveValue('2019-10-21');
  await expectAccessible(page, 'site-office');
});
