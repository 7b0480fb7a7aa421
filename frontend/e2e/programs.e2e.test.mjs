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

test('the programme office logs in through Keycloak, creates a programme and finds it in the list', async () => {
  const page = await newPage(browser);
  const title = `Lernnetzwerk Integration ${Date.now()}`;
  await page.goto(`${SPA}/programme`);
  await loginThroughKeycloak(page, 'programmbuero');
  assert.match(await page.getByTestId('user-name').innerText(), /Paula Ostertag/);
  await page.getByText('Programmkoordination', { exact: true }).first().waitFor();

  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' }).waitFor();
  await expectAccessible(page, 'program-form');

  // The server's field errors appear at their fields.
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('muss', { exact: false }).first().waitFor();

  await page.getByLabel(/^Titel( \*)?$/).fill(title);
  await page.getByLabel('Beschreibung', { exact: true }).fill('Regionalkonferenzen und Werkstattgespräche.');
  await page.getByRole('button', { name: 'Baustein hinzufügen' }).click();
  await page.getByLabel('Titel des Bausteins 1').fill('Auftaktgespräch');
  await page.getByLabel('Öffentlich sichtbar').check();
  await page.getByRole('button', { name: 'Speichern' }).click();

  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('Auftaktgespräch').waitFor();
  await expectAccessible(page, 'program-detail');

  await page.getByRole('link', { name: 'Programme', exact: true }).click();
  await page.getByRole('link', { name: title }).waitFor();
  await expectAccessible(page, 'program-list');
});

test('an edit on a stale version is refused and offers to reload', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/programme`);
  await loginThroughKeycloak(page, 'programmbuero');
  const title = `Konfliktprobe ${Date.now()}`;
  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await page.getByLabel(/^Titel( \*)?$/).fill(title);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const detailUrl = page.url();

  // A second tab of the same user (single sign-on, no second password) changes the programme first.
  const other = await page.context().newPage();
  await other.goto(`${SPA}/programme`);
  await other.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await other.getByTestId('user-name').waitFor();
  await other.goto(`${detailUrl}/bearbeiten`);
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await other.getByLabel(/^Titel( \*)?$/).fill(`${title} (zuerst)`);
  await other.getByRole('button', { name: 'Speichern' }).click();
  await other.getByRole('heading', { level: 1, name: `${title} (zuerst)` }).waitFor();

  await page.getByLabel(/^Titel( \*)?$/).fill(`${title} (zu spät)`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Inzwischen geändert').waitFor();
  await expectAccessible(page, 'program-conflict');
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await page.getByText('Inzwischen geändert').waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel(/^Titel( \*)?$/).inputValue(), `${title} (zuerst)`);
});
