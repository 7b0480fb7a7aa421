import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { SPA, expectAccessible, launch, loginThroughKeycloak, newPage } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the programme office subscribes a receiver, sees the secret once, and the delivery arrives signed', async () => {
  const received = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${receiver.address().port}/hook`;
  try {
    const page = await newPage(browser);
    await page.goto(`${SPA}/integration/webhooks`);
    await loginThroughKeycloak(page, 'programmbuero');
    await page.getByRole('heading', { level: 1, name: 'Webhooks für andere Systeme' }).waitFor();
    await expectAccessible(page, 'webhooks');

    // An address inside the network is refused at its field.
    await page.getByLabel(/^Adresse \(HTTPS\)/).fill('http://169.254.169.254/latest/meta-data/');
    await page.getByRole('textbox', { name: /^Änderungen/ }).click();
    await page.getByRole('option', { name: 'program.created' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Abonnement anlegen' }).click();
    await page.getByText('interne Adresse', { exact: false }).waitFor();

    await page.getByLabel(/^Adresse \(HTTPS\)/).fill(url);
    await page.getByRole('button', { name: 'Abonnement anlegen' }).click();
    const secret = (await page.getByRole('status').locator('pre, code').first().innerText()).trim();
    assert.match(secret, /^whsec_/);
    await page.getByRole('cell', { name: url }).waitFor();
    await expectAccessible(page, 'webhooks-with-secret');

    // A programme created in the SPA reaches the receiver, signed with the secret shown.
    const title = `Webhook-Programm ${Date.now()}`;
    await page.goto(`${SPA}/programme/neu`);
    await page.getByLabel(/^Titel( \*)?$/).fill(title);
    await page.getByLabel('Öffentlich sichtbar').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    for (let i = 0; i < 60 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 250));
    assert.ok(received.length > 0, 'the webhook arrived');
    const { headers, body } = received[0];
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected =
      'v1,' +
      createHmac('sha256', key)
        .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
        .digest('base64');
    assert.equal(headers['webhook-signature'], expected);
    assert.equal(JSON.parse(body).type, 'program.created');

    // The delivery log shows it, then the subscription is deleted (with a confirmation).
    await page.goto(`${SPA}/integration/webhooks`);
    const row = page.getByRole('row').filter({ hasText: url });
    await row.getByRole('button', { name: 'Zustellungen' }).click();
    await page
      .getByRole('cell', { name: /^zugestellt/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'webhook-deliveries');
    page.once('dialog', (dialog) => dialog.accept());
    await row.getByRole('button', { name: 'Löschen' }).click();
    await page.getByRole('cell', { name: url }).waitFor({ state: 'detached' });
  } finally {
    receiver.close();
  }
});
