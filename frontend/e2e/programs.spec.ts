import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('the programme office logs in through Keycloak, creates a programme and finds it in the list', async ({
  page,
}) => {
  const title = `Lernnetzwerk Integration ${Date.now()}`;
  await page.goto('/programme');
  await loginThroughKeycloak(page, 'programmbuero');
  await expect(page.getByTestId('user-name')).toContainText(/Paula Ostertag/);
  await expect(page.getByText('Programmkoordination', { exact: true }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' })).toBeVisible();
  await expectAccessible(page, 'program-form');

  // The contract's rules are checked before anything is sent: the missing title is named at its field, which takes
  // the focus.
  await page.getByRole('button', { name: 'Speichern' }).click();
  const titleField = page.getByLabel(/^Titel( \*)?$/);
  await expect(page.getByText('Pflichtfeld').first()).toBeVisible();
  await expect(titleField).toHaveAttribute('aria-invalid', 'true');
  await expect(titleField).toBeFocused();

  await page.getByLabel(/^Titel( \*)?$/).fill(title);
  await page.getByLabel('Beschreibung', { exact: true }).fill('Regionalkonferenzen und Werkstattgespräche.');
  await page.getByRole('button', { name: 'Baustein hinzufügen' }).click();
  await page.getByLabel('Titel des Bausteins 1').fill('Auftaktgespräch');
  await page.getByLabel('Öffentlich sichtbar').check();
  await page.getByRole('button', { name: 'Speichern' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Auftaktgespräch')).toBeVisible();
  await expectAccessible(page, 'program-detail');

  await page.getByRole('link', { name: 'Programme', exact: true }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page, 'program-list');
});

test('an edit on a stale version is refused and offers to reload', async ({ page }) => {
  await page.goto('/programme');
  await loginThroughKeycloak(page, 'programmbuero');
  const title = `Konfliktprobe ${Date.now()}`;
  await page.getByRole('link', { name: 'Neues Programm' }).click();
  await page.getByLabel(/^Titel( \*)?$/).fill(title);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const detailUrl = page.url();

  // A second tab of the same user (single sign-on, no second password) changes the programme first.
  const other = await page.context().newPage();
  await other.goto('/programme');
  await other.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(other.getByTestId('user-name')).toBeVisible();
  await other.goto(`${detailUrl}/bearbeiten`);
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await other.getByLabel(/^Titel( \*)?$/).fill(`${title} (zuerst)`);
  await other.getByRole('button', { name: 'Speichern' }).click();
  await expect(other.getByRole('heading', { level: 1, name: `${title} (zuerst)` })).toBeVisible();

  await page.getByLabel(/^Titel( \*)?$/).fill(`${title} (zu spät)`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Inzwischen geändert')).toBeVisible();
  await expectAccessible(page, 'program-conflict');
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByText('Inzwischen geändert')).not.toBeAttached();
  await expect(page.getByLabel(/^Titel( \*)?$/)).toHaveValue(`${title} (zuerst)`);
});
