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

test('an unknown address shows a German not-found page inside the app shell', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/gibtsnicht`);
  await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Förderrunden' }).waitFor();
  assert.equal(await page.getByText('Hey developer').count(), 0);
  await expectAccessible(page, 'not-found');
});

test('a page for signed-in roles asks to sign in and comes back to it after the login', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/programme/neu`);
  await page.getByRole('heading', { level: 1, name: 'Anmeldung erforderlich' }).waitFor();
  assert.equal(await page.getByLabel(/^Titel/).count(), 0, 'no form before the login');
  await expectAccessible(page, 'login-required');
  await page.getByRole('button', { name: 'Anmelden und fortfahren' }).click();
  await page.waitForURL(/\/realms\/pakt\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill('programmbuero');
  await page.locator('#password').fill('pakt-demo');
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { level: 1, name: 'Neues Programm anlegen' }).waitFor();
  assert.match(page.url(), /\/programme\/neu$/);
});

test('a role that cannot use a page is told so instead of getting a form', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden`);
  await loginThroughKeycloak(page, 'kommune');
  await page.goto(`${SPA}/runden/neu`);
  await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Speichern' }).count(), 0);
  await expectAccessible(page, 'no-access');
});

test('a refused form shows its errors accessibly and puts the focus on the first invalid field', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/runden/neu`);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.locator('#username').fill('programmbuero');
  await page.locator('#password').fill('pakt-demo');
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { level: 1, name: 'Neue Förderrunde anlegen' }).waitFor();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
  assert.equal(await page.getByText(/darf nicht null sein|muss mit ".*" übereinstimmen/).count(), 0);
  await expectAccessible(page, 'form-with-errors');
});

test('in English, the server explains itself in English too', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/oeffentlich`);
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Transparency portal' }).waitFor();
  const id = '5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11';
  await page.goto(`${SPA}/standorte/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByText(`Site ${id} does not exist.`).waitFor();
  await expectAccessible(page, 'not-found-en');
});

test('at 390 px the portal and the app shell fit: the sign-in stays on screen, nothing scrolls sideways', async () => {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  for (const path of ['/oeffentlich', '/runden']) {
    await page.goto(`${SPA}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const login = await page.getByRole('button', { name: 'Anmelden', exact: true }).boundingBox();
    assert.ok(login && login.x >= 0 && login.x + login.width <= 390, `sign-in on screen at ${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling at ${path} (${width} px)`);
    await expectAccessible(page, `narrow${path.replace('/', '-')}`);
  }
  await loginThroughKeycloak(page, 'kommune');
  const logout = await page.getByRole('button', { name: 'Abmelden' }).boundingBox();
  assert.ok(logout && logout.x + logout.width <= 390, 'sign-out on screen');
  await context.close();
});
