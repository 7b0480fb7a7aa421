import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('the transparency portal works without login: map, measures, events with the calendar, good practices', async ({
  page,
}) => {
  await page.goto('/oeffentlich');
  await expect(page.getByRole('heading', { level: 1, name: 'Transparenzportal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '36 geförderte Standorte' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Anmelden' })).toHaveCount(1);
  await expectAccessible(page, 'portal');
  // A Kreis on the map narrows the list (Sigmaringen: Meßkirch).
  await page.locator('[data-testid="district-08437"]').click();
  await expect(page).toHaveURL(/kreis=08437/);
  await expect(page.getByRole('heading', { name: '1 Standort im Kreis Sigmaringen' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Meßkirch' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Kreis' })).toHaveValue('08437');

  // Keyboard only: to the measures section.
  await page.getByRole('link', { name: 'Maßnahmen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen der Standorte' })).toBeVisible();
  // The portal's filters are the browser's own selects, with "Alle" first.
  await page.getByRole('combobox', { name: 'Handlungsfeld' }).selectOption({ label: 'Spracherwerb und Bildung' });
  await expect(page).toHaveURL(/thema=/);
  await expect(page.getByRole('heading', { level: 2, name: 'Lerninsel an der Grundschule' }).first()).toBeVisible();
  // Measures of other topics leave the list.
  await expect(
    page.getByRole('heading', { level: 2, name: 'Jobpatenschaften mit örtlichen Betrieben' }).first(),
  ).not.toBeAttached();
  await expectAccessible(page, 'portal-measures');

  await page.getByRole('link', { name: 'Veranstaltungen', exact: true }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veranstaltungen des Lernnetzwerks' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Regionalkonferenz Großbettlingen (Demo)' })).toBeVisible();
  const feed = await page.getByLabel('Adresse des Kalenders').inputValue();
  expect(feed).toMatch(/\/api\/v1\/calendar\/events\.ics$/);
  const ics = await (await fetch(feed)).text();
  expect(ics).toMatch(/BEGIN:VCALENDAR/);
  expect(ics).toMatch(/SUMMARY:Regionalkonferenz Großbettlingen \(Demo\)/);
  await expectAccessible(page, 'portal-events');

  await page.getByRole('link', { name: 'Praxisbeispiele', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lerninsel', exact: true })).toBeVisible();
  await expect(page.getByText('Ansprechstelle: Integrationsstelle der Gemeinde Tiefenbronn')).toBeVisible();
  await expectAccessible(page, 'portal-practices');
});

test('the light portal: no sign-in code for the public, a site link opens the whole app, signing in returns here', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/oeffentlich');
  await expect(page.getByRole('heading', { name: '36 geförderte Standorte' })).toBeVisible();
  // The OIDC client and the app shell are files of their own that an anonymous visitor of the portal never fetches.
  const bodies = await Promise.all(scripts.map(async (path) => (await page.request.get(path)).text()));
  expect(
    bodies.filter((b) => b.includes('signinRedirect')),
    'sign-in code on the portal',
  ).toEqual([]);
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Impressum' }),
  ).toBeVisible();

  // A site is a page of the whole app: it takes over and shows the site with its menu.
  await page.getByRole('link', { name: 'Meßkirch', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Meßkirch/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Förderrunden' })).toBeVisible();

  // Signing in from the portal comes back to the portal, signed in, in the whole app.
  await page.goto('/oeffentlich/massnahmen');
  await loginThroughKeycloak(page, 'steuerung');
  await expect(page).toHaveURL(/\/oeffentlich\/massnahmen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen der Standorte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
});
