import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, expectAccessible, loginThroughKeycloak, test } from './support';

test('the programme office subscribes a receiver, sees the secret once, and the delivery arrives signed', async ({
  page,
}) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await page.goto('/integration/webhooks');
    await loginThroughKeycloak(page, 'programmbuero');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks für andere Systeme' })).toBeVisible();
    await expectAccessible(page, 'webhooks');

    // An address inside the network is refused at its field.
    await page.getByLabel(/^Adresse \(HTTPS\)/).fill('http://169.254.169.254/latest/meta-data/');
    await page.getByRole('textbox', { name: /^Änderungen/ }).click();
    await page.getByRole('option', { name: 'program.created' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Abonnement anlegen' }).click();
    await expect(page.getByText('interne Adresse', { exact: false })).toBeVisible();

    await page.getByLabel(/^Adresse \(HTTPS\)/).fill(url);
    await page.getByRole('button', { name: 'Abonnement anlegen' }).click();
    const secret = (await page.getByRole('status').locator('pre, code').first().innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByRole('cell', { name: url })).toBeVisible();
    await expectAccessible(page, 'webhooks-with-secret');

    // A programme created in the SPA reaches the receiver, signed with the secret shown.
    const title = `Webhook-Programm ${Date.now()}`;
    await page.goto('/programme/neu');
    await page.getByLabel(/^Titel( \*)?$/).fill(title);
    await page.getByLabel('Öffentlich sichtbar').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect.poll(() => received.length, { message: 'the webhook arrived', timeout: 15_000 }).toBeGreaterThan(0);
    const { headers, body } = received[0];
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected =
      'v1,' +
      createHmac('sha256', key)
        .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
        .digest('base64');
    expect(headers['webhook-signature']).toBe(expected);
    expect(JSON.parse(body).type).toBe('program.created');

    // The delivery log shows it, then the subscription is deleted (with a confirmation).
    await page.goto('/integration/webhooks');
    const row = page.getByRole('row').filter({ hasText: url });
    await row.getByRole('button', { name: 'Zustellungen' }).click();
    await expect(page.getByRole('cell', { name: /^zugestellt/ }).first()).toBeVisible();
    await expectAccessible(page, 'webhook-deliveries');
    page.once('dialog', (dialog) => dialog.accept());
    await row.getByRole('button', { name: 'Löschen' }).click();
    await expect(page.getByRole('cell', { name: url })).not.toBeAttached();
  } finally {
    receiver.close();
  }
});
