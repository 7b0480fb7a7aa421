import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SPA, launch, loginThroughKeycloak, newPage } from './support.mjs';

// The SPA under its Content-Security-Policy: the headers are there and strict, and the app works with them —
// the portal, the Keycloak login round trip, the API calls and the dashboard — without a single CSP violation.

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function watchViolations(page) {
  const violations = [];
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

test('the SPA is served with strict security headers and no source maps', async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${SPA}/oeffentlich`);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives['script-src'], ["'self'"], `script-src is only the SPA's own origin: ${csp}`);
  assert.ok(!csp.includes("'unsafe-eval'"), csp);
  assert.deepEqual(directives['frame-ancestors'], ["'none'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.ok(directives['connect-src'].includes('http://localhost:8080'), 'the API is reachable');
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.match(headers['permissions-policy'] ?? '', /camera=\(\)/);
  assert.equal(headers['x-frame-options'], 'DENY');
  // The production build carries no source maps and points to none.
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.src));
  assert.ok(scripts.length > 0);
  for (const src of scripts) {
    const body = await (await page.request.get(src)).text();
    assert.ok(!body.includes('sourceMappingURL'), `${src} references a source map`);
  }
});

test('with the CSP in force the portal, the login and the dashboard work without a violation', async () => {
  const page = await newPage(browser);
  const violations = await watchViolations(page);
  const apiAnswers = [];
  page.on('response', (r) => {
    if (r.url().startsWith('http://localhost:8080/api/v1/')) apiAnswers.push(r);
  });
  await page.goto(`${SPA}/oeffentlich`);
  await page.getByRole('heading', { level: 1, name: 'Transparenzportal' }).waitFor();
  await page.getByRole('heading', { name: '36 geförderte Standorte' }).waitFor();
  await page.goto(`${SPA}/`);
  await loginThroughKeycloak(page, 'steuerung');
  await page.goto(`${SPA}/dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard der Steuerungsgruppe' }).waitFor();
  await page.getByRole('heading', { name: 'Förderrunden im Vergleich' }).waitFor();
  assert.deepEqual(await violations(), []);
  // What the API sent to the signed-in browser is neither sniffed nor stored.
  const signedIn = apiAnswers.filter((r) => r.request().headers().authorization);
  assert.ok(signedIn.length > 0, 'the dashboard called the API with a token');
  for (const answer of signedIn) {
    const headers = await answer.allHeaders();
    assert.equal(headers['x-content-type-options'], 'nosniff', answer.url());
    assert.equal(headers['cache-control'], 'no-store', answer.url());
  }
});
