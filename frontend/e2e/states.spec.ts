import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('an unknown address shows a German not-found page inside the app shell', async ({ page }) => {
  await page.goto('/gibtsnicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Förderrunden' }),
  ).toBeVisible();
  await expect(page.getByText('Hey developer')).toHaveCount(0);
  await expectAccessible(page, 'not-found');
});

test('a page for signed-in roles asks to sign in and comes back to it after the login', async ({ page }) => {
  await page.goto('/programme/neu');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung erforderlich' })).toBeVisible();
  await expect(page.getByLabel(/^Titel/), 'no form before the login').toHaveCount(0);
  await expectAccessible(page, 'login-required');
  await page.getByRole('button', { name: 'Anmelden und fortfahren' }).click();
  await expect(page).toHaveURL(/\/realms\/pakt\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill('programmbuero');
  await page.locator('#password').fill('pakt-demo');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' })).toBeVisible();
  await expect(page).toHaveURL(/\/programme\/neu$/);
});

test('a role that cannot use a page is told so instead of getting a form', async ({ page }) => {
  await page.goto('/runden');
  await loginThroughKeycloak(page, 'kommune');
  await page.goto('/runden/neu');
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
  await expectAccessible(page, 'no-access');
});

test('a refused form shows its errors accessibly and puts the focus on the first invalid field', async ({ page }) => {
  await page.goto('/runden/neu');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.locator('#username').fill('programmbuero');
  await page.locator('#password').fill('pakt-demo');
  await page.locator('#kc-login').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Förderrunde anlegen' })).toBeVisible();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/darf nicht null sein|muss mit ".*" übereinstimmen/)).toHaveCount(0);
  await expectAccessible(page, 'form-with-errors');
});

test('in English, the server explains itself in English too', async ({ page }) => {
  await page.goto('/oeffentlich');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transparency portal' })).toBeVisible();
  // The choice is kept: the next load starts in English (its texts are fetched before the first render).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Transparency portal' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const id = '5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11';
  await page.goto(`/standorte/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText(`Site ${id} does not exist.`)).toBeVisible();
  await expectAccessible(page, 'not-found-en');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('at 390 px the portal and the app shell fit: the sign-in stays on screen, nothing scrolls sideways', async ({
    page,
  }) => {
    for (const path of ['/oeffentlich', '/runden']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const login = await page.getByRole('button', { name: 'Anmelden', exact: true }).boundingBox();
      expect(login, `sign-in on screen at ${path}`).not.toBeNull();
      expect(login!.x, `sign-in on screen at ${path}`).toBeGreaterThanOrEqual(0);
      expect(login!.x + login!.width, `sign-in on screen at ${path}`).toBeLessThanOrEqual(390);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `no sideways scrolling at ${path} (${width} px)`).toBeLessThanOrEqual(390);
      await expectAccessible(page, `narrow${path.replace('/', '-')}`);
    }
    await loginThroughKeycloak(page, 'kommune');
    const logout = await page.getByRole('button', { name: 'Abmelden' }).boundingBox();
    expect(logout, 'sign-out on screen').not.toBeNull();
    expect(logout!.x + logout!.width, 'sign-out on screen').toBeLessThanOrEqual(390);
  });
});
