import { expect, expectAccessible, test } from './support';

test('anonymously, "Messkirch" finds Meßkirch with its Kreis', async ({ page }) => {
  await page.goto('/gemeinden');
  await page.getByLabel('Name oder Teil des Namens').fill('Messkirch');
  const row = page.getByRole('row').filter({ hasText: 'Meßkirch' }).filter({ hasText: '08437078' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Sigmaringen');
  await expect(row).toContainText('Tübingen');
  await expect(page).toHaveURL(/q=Messkirch/);
  await expect(page.locator('[data-testid="district-08437"]')).toBeVisible();
  await expectAccessible(page, 'registry-search');
});

test('clicking a Kreis on the map filters the registry', async ({ page }) => {
  await page.goto('/gemeinden?level=MUNICIPALITY');
  await page.locator('[data-testid="district-08437"]').click();
  await expect(page).toHaveURL(/kreis=08437/);
  await expect(page.getByText('25 Treffer')).toBeVisible();
  await expect(page.getByRole('button', { name: /Kreisfilter aufheben: Sigmaringen/ })).toBeVisible();
});

test('public pages have no serious accessibility violations, in German and English', async ({ page }) => {
  for (const [path, heading] of [
    ['/', 'Willkommen bei Pakt'],
    ['/programme', 'Förderprogramme'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/impressum', 'Impressum'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, path === '/' ? 'home' : path.slice(1));
  }
  await page.goto('/gemeinden');
  await page.getByText('EN', { exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Municipality registry of Baden-Württemberg' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'registry-en');
});
