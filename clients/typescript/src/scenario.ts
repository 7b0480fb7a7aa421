/**
 * What an integrator's TypeScript system does, with a client generated from openapi.yaml: a service-account token,
 * the change feed, a signed webhook received and verified on a local receiver, a participant registered with an
 * Idempotency-Key (sent twice, registered once), and the ICS download. Exits non-zero on the first failure.
 *
 * PAKT_API (default http://localhost:8080), PAKT_TOKEN_URL, PAKT_CLIENT_ID, PAKT_CLIENT_SECRET.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const api = process.env.PAKT_API ?? 'http://localhost:8080';
const tokenUrl = process.env.PAKT_TOKEN_URL ?? 'http://localhost:8180/realms/pakt/protocol/openid-connect/token';
const clientId = process.env.PAKT_CLIENT_ID ?? 'pakt-event-partner';
const clientSecret = process.env.PAKT_CLIENT_SECRET ?? 'pakt-event-partner-demo-secret';

function step(text: string) {
  console.log(`[ts-client] ${text}`);
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

/** Standard Webhooks verification, as docs/integration.md shows it. */
export function verify(secret: string, id: string, timestamp: string, body: string, header: string): boolean {
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = Buffer.from('v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64'));
  return header.split(' ').some((c) => c.length === expected.length && timingSafeEqual(Buffer.from(c), expected));
}

type Received = { id: string; timestamp: string; signature: string; body: string };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const tokenResponse = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  check(tokenResponse.ok, `token endpoint answered ${tokenResponse.status}`);
  const token = ((await tokenResponse.json()) as { access_token: string; scope: string }).access_token;
  step('service-account token received');

  const client = createClient<paths>({ baseUrl: api, headers: { Authorization: `Bearer ${token}` } });

  // Where the feed stands now.
  let cursor: string | undefined;
  for (;;) {
    const { data, error } = await client.GET('/api/v1/changes', { params: { query: { after: cursor, limit: 1000 } } });
    check(data, `feed: ${JSON.stringify(error)}`);
    cursor = data.next;
    if (!data.hasMore) break;
  }
  step(`feed read to its end (cursor ${cursor})`);

  // A local receiver and a subscription to it.
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({
      id: String(request.headers['webhook-id']),
      timestamp: String(request.headers['webhook-timestamp']),
      signature: String(request.headers['webhook-signature']),
      body,
    });
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const subscription = await client.POST('/api/v1/webhook-subscriptions', {
    body: { url, eventTypes: ['registration.changed'], description: 'TypeScript client scenario' },
  });
  check(subscription.data?.secret, `subscription: ${JSON.stringify(subscription.error)}`);
  const secret = subscription.data.secret;
  step(`subscribed ${url}`);

  try {
    // An open event, and a participant registered twice with one key.
    const events = await client.GET('/api/v1/events', { params: { query: { status: 'OPEN', size: 50 } } });
    const event = events.data?.items.find((e) => new Date(e.registrationDeadline) > new Date());
    check(event, 'an open event with a future deadline (demo data)');
    const key = randomUUID();
    const person = { name: 'Tessa Typescript', email: `tessa.${key}@example.org` };
    const first = await client.POST('/api/v1/events/{eventId}/registrations', {
      params: { path: { eventId: event.id }, header: { 'Idempotency-Key': key } },
      body: person,
    });
    const again = await client.POST('/api/v1/events/{eventId}/registrations', {
      params: { path: { eventId: event.id }, header: { 'Idempotency-Key': key } },
      body: person,
    });
    check(first.data && again.data, `registration: ${JSON.stringify(first.error ?? again.error)}`);
    check(first.data.id === again.data.id, 'the retried registration is the same one');
    check(again.response.headers.get('Idempotent-Replayed') === 'true', 'the retry is marked as a replay');
    step(`registered ${first.data.id} once for "${event.title}" (retried with the same Idempotency-Key)`);

    // The signed webhook arrives and verifies.
    const deadline = Date.now() + 30_000;
    let hook: Received | undefined;
    while (!hook && Date.now() < deadline) {
      hook = received.find(
        (r) => (JSON.parse(r.body) as { data: { resourceId: string } }).data.resourceId === first.data.id,
      );
      if (!hook) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    check(hook, 'webhook for the registration within 30 s');
    check(verify(secret, hook.id, hook.timestamp, hook.body, hook.signature), 'webhook signature verifies');
    check(!verify(secret, hook.id, hook.timestamp, hook.body + ' ', hook.signature), 'a changed body does not verify');
    step(`webhook ${hook.id} received and verified`);

    // The feed has the same change.
    const feed = await client.GET('/api/v1/changes', {
      params: { query: { after: cursor, types: ['registration.changed'] } },
    });
    check(feed.data, `feed: ${JSON.stringify(feed.error)}`);
    const change = feed.data.items.find((c) => c.resourceId === first.data.id);
    check(change && change.id === hook.id, 'the feed lists the change the webhook carried');
    step(`feed lists ${change.type} ${change.id}`);

    // The calendar, as text.
    const ics = await client.GET('/api/v1/calendar/events.ics', { parseAs: 'text' });
    check(typeof ics.data === 'string' && ics.data.startsWith('BEGIN:VCALENDAR'), 'ICS download');
    step(`calendar downloaded (${ics.data.length} characters)`);

    // Clean up: cancel the registration.
    const cancelled = await client.POST('/api/v1/registrations/{registrationId}/cancellation', {
      params: { path: { registrationId: first.data.id } },
    });
    check(cancelled.data?.status === 'CANCELLED', 'cancelled again');
  } finally {
    const current = await client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', {
      params: { path: { subscriptionId: subscription.data.id } },
    });
    await client.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', {
      params: {
        path: { subscriptionId: subscription.data.id },
        header: { 'If-Match': current.response.headers.get('ETag') ?? '' },
      },
    });
    server.close();
  }
  step('scenario passed');
}

main().catch((error: unknown) => {
  console.error(`[ts-client] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
