import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('a municipality lands on its own work: its application, its site with progress; one click to the site', async ({
  page,
}) => {
  await page.goto('/');
  await loginThroughKeycloak(page, 'kommune');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Arbeit' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Ausgewählt: Ihr Standort ist angelegt.' })).toBeVisible();
  await expect(page.getByText(/Fortschritt des Fahrplans: \d+ %/).first()).toBeVisible();
  await expectAccessible(page, 'my-work-municipality');
  await page.getByRole('link', { name: 'Meßkirch, Ostrach' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Meßkirch, Ostrach/ })).toBeVisible();
  // The menu has the municipality's own site too.
  await page.goto('/runden');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mein Standort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Meßkirch, Ostrach/ })).toBeVisible();
});

test('a facilitator lands on overdue milestones of own sites and goes to the site from a task', async ({ page }) => {
  await page.goto('/');
  await loginThroughKeycloak(page, 'begleitung');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Arbeit' })).toBeVisible();
  const first = page.getByTestId('my-tasks').getByRole('link').first();
  const text = await first.innerText();
  expect(text).toMatch(/überfällig/);
  const site = text.split(':')[0];
  await expectAccessible(page, 'my-work-facilitator');
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(site) })).toBeVisible();
});

test('the programme office lands on its inbox and starts a new programme from it', async ({ page }) => {
  await page.goto('/');
  await loginThroughKeycloak(page, 'programmbuero');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Arbeit' })).toBeVisible();
  await expect(
    page
      .getByTestId('my-tasks')
      .getByRole('link', { name: /dokumentieren/ })
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'my-work-office');
  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' })).toBeVisible();
});

test('the steering group finds its own work in the menu', async ({ page }) => {
  await page.goto('/');
  await loginThroughKeycloak(page, 'steuerung');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Arbeit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Arbeit' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' }).first()).toBeVisible();
  await expectAccessible(page, 'my-work-steering');
});
