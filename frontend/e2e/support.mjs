// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, axe for accessibility.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const SPA = process.env.PAKT_SPA_URL ?? 'http://localhost:5173';
export const RESULTS = new URL('./test-results/', import.meta.url).pathname;
mkdirSync(RESULTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context per test: no shared cookies or session storage. German, Berlin time, like our users. */
export async function newPage(browser) {
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Fails on every serious or critical WCAG 2.1 A/AA violation of the page as it is now. */
export async function expectAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = blocking.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  if (blocking.length) await page.screenshot({ path: `${RESULTS}/axe-${name}.png`, fullPage: true });
  assert.deepEqual(summary, [], `accessibility violations on ${name}`);
}

export async function loginThroughKeycloak(page, username, password = 'pakt-demo') {
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL(/\/realms\/pakt\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(SPA));
  await page.getByTestId('user-name').waitFor({ state: 'attached' }); // hidden on a phone, there all the same
}
