import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, newPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('anonymously, "Messkirch" finds Meßkirch with its Kreis', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/gemeinden`);
  await page.getByLabel('Name oder Teil des Namens').fill('Messkirch');
  const row = page.getByRole('row').filter({ hasText: 'Meßkirch' }).filter({ hasText: '08437078' });
  await row.waitFor();
  assert.match(await row.innerText(), /Sigmaringen/);
  assert.match(await row.innerText(), /Tübingen/);
  assert.match(page.url(), /q=Messkirch/);
  await page.locator('[data-testid="district-08437"]').waitFor();
  await expectAccessible(page, 'registry-search');
});

test('clicking a Kreis on the map filters the registry', async () => {
  const page = await newPage(browser);
  await page.goto(`${SPA}/gemeinden?level=MUNICIPALITY`);
  await page.locator('[data-testid="district-08437"]').click();
  await page.waitForURL(/kreis=08437/);
  await page.getByText('25 Treffer').waitFor();
  await page.getByRole('button', { name: /Kreisfilter aufheben: Sigmaringen/ }).waitFor();
});

test('public pages have no serious accessibility violations, in German and English', async () => {
  const page = await newPage(browser);
  for (const [path, heading] of [
    ['/', 'Willkommen bei Pakt'],
    ['/programme', 'Förderprogramme'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/impressum', 'Impressum'],
  ]) {
    await page.goto(`${SPA}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expectAccessible(page, path === '/' ? 'home' : path.slice(1));
  }
  await page.goto(`${SPA}/gemeinden`);
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Municipality registry of Baden-Württemberg' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await expectAccessible(page, 'registry-en');
});
