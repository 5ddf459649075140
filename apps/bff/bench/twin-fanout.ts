import { performance } from 'node:perf_hooks';

import type { SseMessage, SseTestClient } from '../src/sse/sse-test-client';
import { connectSse, waitUntil } from '../src/sse/sse-test-client';

import type { LatencySummary } from './percentiles';
import { summarize } from './percentiles';
import type { SessionHeaders } from './session';

// Used by api-latency.ts: SSE fan-out of real twin events from a running server, not of events injected into a hub.

export interface FanoutResult {
  clients: number;
  /** Advance request sent → the last client parsed the last event that advance produced. */
  requestToLast: LatencySummary;
  /** First client parsed it → last client parsed it: the fan-out alone, without the twin step and commit. */
  firstToLast: LatencySummary;
  /** Events some client never received before the wait gave up. */
  missed: number;
}

const WAIT_MS = 30_000;
const GAP_MS = 20;

interface Receipt {
  count: number;
  first: number;
  last: number;
}

async function post(origin: string, route: string, body: unknown, headers: SessionHeaders): Promise<void> {
  const res = await fetch(`${origin}${route}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
}

/** The newest event id: `GET /api/events` reports the last id it scanned, and these pages are short. */
async function latestEventId(origin: string, after: number, headers: SessionHeaders): Promise<number> {
  let cursor = after;
  for (let page = 0; page < 100; page += 1) {
    const res = await fetch(`${origin}/api/events?after=${cursor}&limit=1000`, { headers });
    const { lastId } = (await res.json()) as { lastId: number };
    if (lastId === cursor) return cursor;
    cursor = lastId;
  }
  throw new Error('the event log did not end within 100 pages');
}

/**
 * Connects `clients` streams, then `events` times advances the twin one second and times how long the last client
 * takes to receive what that advance published (each advance publishes at least a `changed` event).
 */
export async function measureTwinFanout(
  origin: string,
  options: { clients: number; events: number; headers: SessionHeaders },
): Promise<FanoutResult> {
  const receipts = new Map<number, Receipt>();
  const onMessage = (message: SseMessage): void => {
    const now = performance.now();
    const id = Number(message.id);
    const seen = receipts.get(id);
    if (seen) {
      seen.count += 1;
      seen.last = now;
    } else receipts.set(id, { count: 1, first: now, last: now });
  };
  const streams: SseTestClient[] = [];
  try {
    for (let i = 0; i < options.clients; i += 1) {
      streams.push(await connectSse(`${origin}/api/stream`, options.headers, onMessage));
    }
    // The test client keeps every message; only the receipt times matter here.
    const trim = setInterval(() => streams.forEach((client) => client.messages.splice(0)), 100);
    const requestToLast: number[] = [];
    const firstToLast: number[] = [];
    let missed = 0;
    let lastId = await latestEventId(origin, 0, options.headers);
    try {
      for (let i = 0; i < options.events; i += 1) {
        const sentAt = performance.now();
        await post(origin, '/api/twin/clock/advance', { seconds: 1 }, options.headers);
        const id = await latestEventId(origin, lastId, options.headers);
        if (id === lastId) throw new Error('an advance published no event');
        lastId = id;
        const done = (): boolean => (receipts.get(id)?.count ?? 0) >= options.clients;
        await waitUntil(done, `every client to receive event ${id}`, WAIT_MS).catch(() => (missed += 1));
        const receipt = receipts.get(id);
        if (receipt && done()) {
          requestToLast.push(receipt.last - sentAt);
          firstToLast.push(receipt.last - receipt.first);
        }
        await new Promise((resolve) => setTimeout(resolve, GAP_MS));
      }
    } finally {
      clearInterval(trim);
    }
    return {
      clients: options.clients,
      requestToLast: summarize(requestToLast),
      firstToLast: summarize(firstToLast),
      missed,
    };
  } finally {
    streams.forEach((client) => client.close());
  }
}
