import type { Page, Response } from '@playwright/test';
import { expect, loginThroughKeycloak, test } from './support';

// The SPA under its Content-Security-Policy: the headers are there and strict, and the app works with them —
// the portal, the Keycloak login round trip, the API calls and the dashboard — without a single CSP violation.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations = [...(window.__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  return async () => [...violations, ...((await page.evaluate(() => window.__cspViolations ?? [])) ?? [])];
}

test('the SPA is served with strict security headers and no source maps', async ({ page }) => {
  const response = await page.goto('/oeffentlich');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  expect(directives['script-src'], `script-src is only the SPA's own origin: ${csp}`).toEqual(["'self'"]);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(directives['frame-ancestors']).toEqual(["'none'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['connect-src'], 'the API is reachable').toContain('http://localhost:8080');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'] ?? '').toMatch(/camera=\(\)/);
  expect(headers['x-frame-options']).toBe('DENY');
  // The production build carries no source maps and points to none.
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) {
    const body = await (await page.request.get(src)).text();
    expect(body, `${src} references a source map`).not.toContain('sourceMappingURL');
  }
});

test('with the CSP in force the portal, the login and the dashboard work without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const apiAnswers: Response[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith('http://localhost:8080/api/v1/')) apiAnswers.push(r);
  });
  await page.goto('/oeffentlich');
  await expect(page.getByRole('heading', { level: 1, name: 'Transparenzportal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '36 geförderte Standorte' })).toBeVisible();
  await page.goto('/');
  await loginThroughKeycloak(page, 'steuerung');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard der Steuerungsgruppe' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Förderrunden im Vergleich' })).toBeVisible();
  expect(await violations()).toEqual([]);
  // What the API sent to the signed-in browser is neither sniffed nor stored.
  const signedIn = apiAnswers.filter((r) => r.request().headers().authorization);
  expect(signedIn.length, 'the dashboard called the API with a token').toBeGreaterThan(0);
  for (const answer of signedIn) {
    const headers = await answer.allHeaders();
    expect(headers['x-content-type-options'], answer.url()).toBe('nosniff');
    expect(headers['cache-control'], answer.url()).toBe('no-store');
  }
});
