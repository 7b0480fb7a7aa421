#!/usr/bin/env node
// Webhook delivery figures against a running stack (make run): how many deliveries per second the workers send and
// how long a change takes from its commit (the API's answer) to its receipt, with one backend process and, when
// PAKT_API_2 names a second process on the same database, with two. Each round registers N participants as the demo
// event partner (each registration is a `registration.changed` change) at a concurrency of 4, against a local
// receiver subscribed to that type. Prints medians over ROUNDS rounds. Not part of make test (timings, not
// assertions). Usage: node scripts/bench/webhooks.mjs [N=300] [ROUNDS=3]
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";

const N = Number(process.argv[2] ?? 300);
const ROUNDS = Number(process.argv[3] ?? 3);
const API = process.env.PAKT_API ?? "http://localhost:8080";
const TOKEN_URL = process.env.PAKT_TOKEN_URL ?? "http://localhost:8180/realms/pakt/protocol/openid-connect/token";

async function token() {
  const r = await fetch(TOKEN_URL, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: "pakt-event-partner",
      client_secret: process.env.PAKT_CLIENT_SECRET ?? "pakt-event-partner-demo-secret",
    }),
  });
  return (await r.json()).access_token;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

async function round(bearer) {
  const received = new Map();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const id = JSON.parse(body).data.resourceId;
      if (!received.has(id)) received.set(id, performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const headers = { Authorization: `Bearer ${bearer}`, "content-type": "application/json" };
  const sub = await (
    await fetch(`${API}/api/v1/webhook-subscriptions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/hook`, eventTypes: ["registration.changed"] }),
    })
  ).json();
  const events = await (await fetch(`${API}/api/v1/events?status=OPEN&size=50`, { headers })).json();
  const event = events.items.find((e) => new Date(e.registrationDeadline) > new Date());
  const committed = new Map();
  let next = 0;
  const started = performance.now();
  async function lane() {
    while (next < N) {
      next++;
      const r = await fetch(`${API}/api/v1/events/${event.id}/registrations`, {
        method: "POST",
        headers,
        body: JSON.stringify({ name: "Bench Person", email: `bench.${randomUUID()}@example.org` }),
      });
      const reg = await r.json();
      committed.set(reg.id, performance.now());
    }
  }
  await Promise.all([lane(), lane(), lane(), lane()]);
  const deadline = performance.now() + 120_000;
  while ([...committed.keys()].some((id) => !received.has(id)) && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const latencies = [...committed].filter(([id]) => received.has(id)).map(([id, t]) => received.get(id) - t);
  const last = Math.max(...received.values());
  const etag = (await fetch(`${API}/api/v1/webhook-subscriptions/${sub.id}`, { headers })).headers.get("etag");
  await fetch(`${API}/api/v1/webhook-subscriptions/${sub.id}`, { method: "DELETE", headers: { ...headers, "If-Match": etag } });
  server.close();
  return {
    delivered: latencies.length,
    perSecond: (latencies.length / (last - started)) * 1000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

const bearer = await token();
const results = [];
for (let i = 0; i < ROUNDS; i++) {
  const r = await round(bearer);
  console.log(`round ${i + 1}: ${r.delivered}/${N} delivered, ${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`);
  results.push(r);
}
console.log(
  `median of ${ROUNDS}: ${median(results.map((r) => r.perSecond)).toFixed(0)} deliveries/s (commit→receipt p50 ` +
    `${median(results.map((r) => r.p50)).toFixed(0)} ms, p99 ${median(results.map((r) => r.p99)).toFixed(0)} ms)`,
);
