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

test('a municipality lands on its own work: its application, its site with progress; one click to the site', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'kommune');
  await page.getByRole('heading', { level: 1, name: 'Meine Arbeit' }).waitFor();
  await page.getByRole('cell', { name: 'Ausgewählt: Ihr Standort ist angelegt.' }).waitFor();
  await page
    .getByText(/Fortschritt des Fahrplans: \d+ %/)
    .first()
    .waitFor();
  await expectAccessible(page, 'my-work-municipality');
  await page.getByRole('link', { name: 'Meßkirch, Ostrach' }).click();
  await page.getByRole('heading', { level: 1, name: /Meßkirch, Ostrach/ }).waitFor();
  // The menu has the municipality's own site too.
  await page.goto(`${SPA}/runden`);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mein Standort' }).click();
  await page.getByRole('heading', { level: 1, name: /Meßkirch, Ostrach/ }).waitFor();
});

test('a facilitator lands on overdue milestones of own sites and goes to the site from a task', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'begleitung');
  await page.getByRole('heading', { level: 1, name: 'Meine Arbeit' }).waitFor();
  const tasks = page.getByTestId('my-tasks');
  const first = tasks.getByRole('link').first();
  const text = await first.innerText();
  assert.match(text, /überfällig/);
  const site = text.split(':')[0];
  await expectAccessible(page, 'my-work-facilitator');
  await first.click();
  await page.getByRole('heading', { level: 1, name: new RegExp(site) }).waitFor();
});

test('the programme office lands on its inbox and starts a new programme from it', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'programmbuero');
  await page.getByRole('heading', { level: 1, name: 'Meine Arbeit' }).waitFor();
  await page
    .getByTestId('my-tasks')
    .getByRole('link', { name: /dokumentieren/ })
    .first()
    .waitFor();
  await expectAccessible(page, 'my-work-office');
  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' }).waitFor();
});

test('the steering group finds its own work in the menu', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'steuerung');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Arbeit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meine Arbeit' }).waitFor();
  await page.getByRole('link', { name: 'Dashboard' }).first().waitFor();
  await expectAccessible(page, 'my-work-steering');
});
