import { expect, expectAccessible, loginThroughKeycloak, test } from './support';
import { MAIL } from './urls';

interface CaughtMail {
  subject: string;
  to: { address: string }[];
  attachments?: { contentType: string }[];
}

/** The e-mails the local mail catcher received for an address. */
async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${MAIL}/api/email`);
  const all = (await response.json()) as CaughtMail[];
  return all.filter((m) => m.to.some((to) => to.address.toLowerCase() === address));
}

test('a municipality chooses its e-mails and their language, and the choice is kept', async ({ page }) => {
  await page.goto('/benachrichtigungen');
  await loginThroughKeycloak(page, 'kommune');
  await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
  await expect(page.getByText('kommune@pakt.example.org', { exact: false })).toBeVisible();
  // The weekly digest is the programme office's: not offered here.
  await expect(page.getByRole('checkbox', { name: /^Wochenübersicht/ })).toHaveCount(0);
  await expectAccessible(page, 'notification-settings');

  await page.getByRole('checkbox', { name: /^Veranstaltungen und Anmeldungen/ }).uncheck();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Auswahl ist gespeichert.' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Veranstaltungen und Anmeldungen/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Meilensteine/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});

test('a registration reaches the participant as an e-mail with a calendar entry, and the office sees it in the log', async ({
  page,
}) => {
  const email = `teilnahme-${Date.now()}@example.org`;
  await page.goto('/veranstaltungen?status=OPEN');
  await loginThroughKeycloak(page, 'programmbuero');
  await page.getByRole('link', { name: 'Regionalkonferenz Großbettlingen (Demo)' }).click();
  await page.getByLabel('Ich melde mich selbst an').uncheck();
  await page.getByLabel(/^Name( \*)?$/).fill('Tina Teilnahme');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toBeVisible();

  // Planned and sent within seconds; the mail catcher of make run has it.
  await expect
    .poll(async () => (await mailsTo(email)).map((m) => m.subject), { timeout: 20_000 })
    .toEqual(['Anmeldung bestätigt: Regionalkonferenz Großbettlingen (Demo)']);
  const [mail] = await mailsTo(email);
  expect(mail.attachments?.map((a) => a.contentType)).toEqual(['text/calendar']);
  await page.goto('/benachrichtigungen/protokoll');
  await page.getByLabel('Empfänger').fill(email);
  await page.getByRole('button', { name: 'Suchen' }).click();
  // The unfiltered log may still be on screen (with this mail among others) until the search has answered.
  const log = page.getByRole('region', { name: 'Versandprotokoll' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('row').filter({ hasText: email }).getByText('versandt', { exact: true })).toBeVisible();
  await expectAccessible(page, 'notification-log');
});
