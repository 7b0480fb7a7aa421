// Browser tests against the real stack that scripts/e2e.sh starts (embedded PostgreSQL, Keycloak, backend, built SPA,
// demo data), in Debian's Chromium rather than a downloaded one.
import { defineConfig } from '@playwright/test';
import { SPA } from './e2e/urls';

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  outputDir: './e2e/test-results/artifacts',
  // The tests share the demo data and some build on what an earlier file left (files run in name order): one at a time.
  fullyParallel: false,
  workers: 1,
  // One retry in CI, so that a rare timing problem does not hide the rest; a test that needed it is listed as FLAKY
  // at the end of scripts/e2e.sh's output (from results.json) and must be looked into.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // A whole flow with several logins takes about a minute on a busy machine; each step has its own 20 s below.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [
    ['list'],
    ['junit', { outputFile: './e2e/test-results/junit.xml' }],
    ['json', { outputFile: './e2e/test-results/results.json' }],
  ],
  use: {
    browserName: 'chromium',
    baseURL: SPA,
    // German, Berlin time, like our users.
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    // No animations (the app respects the setting): axe measures colours as painted, and a dialog fading in is paler.
    reducedMotion: 'reduce',
    actionTimeout: 20_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
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
    },
  },
});
