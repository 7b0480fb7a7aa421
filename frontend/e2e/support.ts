// Shared pieces of the browser tests: a second user's page, the Keycloak login, and axe for accessibility.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { SPA } from './urls';

export { expect };

export const test = base.extend<{ newPage: () => Promise<Page> }>({
  /** Opens a page in a context of its own (no shared cookies or session storage): another user at the same time. */
  newPage: async ({ browser, baseURL, locale, timezoneId, viewport, reducedMotion }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      // browser.newContext() alone would not take the locale, time zone, viewport and motion setting of the config.
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, reducedMotion });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** Fails on every serious or critical WCAG 2.1 A/AA violation of the page as it is now. */
export async function expectAccessible(page: Page, name: string) {
  await test.step(
    `axe: ${name}`,
    async () => {
      // Axe reads colours as painted: a control under the pointer left there by the last click shows its hover state.
      await page.mouse.move(0, 0);
      // ...and an element still fading in is paler than it will be (transitions the app does not skip for reduced motion).
      // Spinners and skeletons run for ever and are left out.
      await page.waitForFunction(
        () =>
          document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
        undefined,
        { timeout: 5_000 },
      );
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const summary = blocking.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      if (blocking.length) {
        const screenshot = await page.screenshot({ fullPage: true });
        await test.info().attach(`axe-${name}`, { body: screenshot, contentType: 'image/png' });
      }
      expect(summary, `accessibility violations on ${name}`).toEqual([]);
    },
    { box: true },
  );
}

export async function loginThroughKeycloak(page: Page, username: string, password = 'pakt-demo') {
  await test.step(
    `sign in as ${username}`,
    async () => {
      await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
      await expect(page).toHaveURL(/\/realms\/pakt\/protocol\/openid-connect\/auth/);
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(password);
      await page.locator('#kc-login').click();
      await expect(page).toHaveURL((url) => url.href.startsWith(SPA));
      await expect(page.getByTestId('user-name')).toBeAttached(); // hidden on a phone, there all the same
    },
    { box: true },
  );
}
