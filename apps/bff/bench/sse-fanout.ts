// Fan-out latency of GET /api/stream: N clients on loopback, events published at a steady rate, and for each event
// the time from hub.publish to the moment the LAST client parsed it. Not a test: numbers depend on the machine.
// Run: node --import tsx apps/bff/bench/sse-fanout.ts [--clients 200] [--events 300] [--interval-ms 10] [--batch 1]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import type { SseTestClient } from '../src/sse/sse-test-client';
import { connectSse, waitUntil } from '../src/sse/sse-test-client';
import { startStreamTestApp } from '../src/sse/stream-test-app';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    events: { type: 'string', default: '300' },
    'interval-ms': { type: 'string', default: '10' },
    batch: { type: 'string', default: '1' },
  },
});
const CLIENTS = Number(values.clients);
const EVENTS = Number(values.events);
const INTERVAL_MS = Number(values['interval-ms']);
const BATCH = Number(values.batch);
const DONE_TIMEOUT_MS = 60_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const app = await startStreamTestApp();
  const publishedAt = new Map<number, number>();
  const lastReceiptAt = new Map<number, number>();
  const receipts = new Map<number, number>();
  const onMessage = (message: { id: string | undefined }): void => {
    const id = Number(message.id);
    receipts.set(id, (receipts.get(id) ?? 0) + 1);
    lastReceiptAt.set(id, performance.now());
  };

  const clients: SseTestClient[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await connectSse(`${app.origin}/api/stream`, {}, onMessage));
  await waitUntil(() => app.hub.size === CLIENTS, `${CLIENTS} subscriptions`, DONE_TIMEOUT_MS);
  // The test client keeps every message; the bench only needs the timings.
  const trim = setInterval(() => clients.forEach((client) => client.messages.splice(0)), 100);

  const started = performance.now();
  for (let published = 0; published < EVENTS; published += BATCH) {
    const events = app.append(Math.min(BATCH, EVENTS - published), { publish: false });
    const now = performance.now();
    events.forEach((event) => publishedAt.set(event.id, now));
    app.hub.publish(events);
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  const lastId = app.store.latestEventId();
  await waitUntil(() => receipts.get(lastId) === CLIENTS, 'every client to get the last event', DONE_TIMEOUT_MS);
  const elapsedMs = performance.now() - started;

  const latencies = [...publishedAt]
    .map(([id, at]) => (lastReceiptAt.get(id) ?? Number.NaN) - at)
    .sort((a, b) => a - b);
  const incomplete = [...publishedAt.keys()].filter((id) => receipts.get(id) !== CLIENTS).length;
  console.table([
    {
      clients: CLIENTS,
      events: EVENTS,
      'batch size': BATCH,
      'interval (ms)': INTERVAL_MS,
      'p50 publish→last receipt (ms)': percentile(latencies, 50).toFixed(2),
      'p99 publish→last receipt (ms)': percentile(latencies, 99).toFixed(2),
      'max (ms)': percentile(latencies, 100).toFixed(2),
      'events missed by some client': incomplete,
      'dropped clients': app.drops.length,
      'wall time (s)': (elapsedMs / 1000).toFixed(2),
    },
  ]);

  clearInterval(trim);
  clients.forEach((client) => client.close());
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
