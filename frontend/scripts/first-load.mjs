// The portal's first load as a visitor on a slow line sees it (issue 16): serves the production build (dist/) gzipped
// like nginx does, opens a page in Chromium under DevTools' "Slow 4G" (562.5 ms latency, 1.6 Mbit/s down) and
// prints the JavaScript and CSS fetched (gzip bytes), the first contentful paint and when the page's h1 appeared.
// No API is needed: the measure ends at the h1, which the portal shows before its data. Medians of RUNS loads.
//   npm run build && node scripts/first-load.mjs [/oeffentlich] [runs]
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const path = process.argv[2] ?? '/oeffentlich';
const runs = Number(process.argv[3] ?? 5);
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = join('dist', url.pathname);
  if (!existsSync(file) || statSync(file).isDirectory()) file = join('dist', 'index.html'); // the SPA's routes
  const body = gzipSync(readFileSync(file));
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Encoding': 'gzip',
  });
  res.end(body);
}).listen(0);
const origin = `http://localhost:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\/api\/v1\//, (route) => route.abort()); // the data is not what is measured
  let files = 0;
  let js = 0;
  let css = 0;
  page.on('response', async (r) => {
    const type = extname(new URL(r.url()).pathname);
    if (type !== '.js' && type !== '.css') return;
    const gz = gzipSync(await r.body()).length;
    files += 1;
    if (process.env.LIST) console.log(new URL(r.url()).pathname, (gz / 1024).toFixed(1)); // LIST=1: each file
    if (type === '.js') js += gz;
    else css += gz;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
  });
  const start = Date.now();
  await page.goto(origin + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  const h1 = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  results.push({ js, css, fcp, h1, files });
  await context.close();
}
await browser.close();
server.close();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${path}: ${median(results.map((r) => r.files))} files, JS ${kb(median(results.map((r) => r.js)))} gzip, CSS ${kb(median(results.map((r) => r.css)))} gzip, ` +
    `first contentful paint ${median(results.map((r) => r.fcp)).toFixed(0)} ms, h1 ${median(results.map((r) => r.h1))} ms ` +
    `(Slow 4G, median of ${runs})`,
);
