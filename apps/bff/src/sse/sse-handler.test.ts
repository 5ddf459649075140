import net from 'node:net';

import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import type { StoredEvent } from '../store/types';

import type { SseTestClient } from './sse-test-client';
import { connectSse, waitUntil } from './sse-test-client';
import type { StreamTestApp } from './stream-test-app';
import { startStreamTestApp } from './stream-test-app';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function getTestContext(
  options: Parameters<typeof startStreamTestApp>[0] = {},
): Promise<StreamTestApp & { connect: (headers?: Record<string, string>, query?: string) => Promise<SseTestClient> }> {
  const app = await startStreamTestApp(options);
  cleanups.push(() => app.close());
  const connect = async (headers: Record<string, string> = {}, query = ''): Promise<SseTestClient> => {
    const client = await connectSse(`${app.origin}/api/stream${query}`, headers);
    cleanups.push(() => client.close());
    return client;
  };
  return { ...app, connect };
}

describe('GET /api/stream', () => {
  it('200 with the event-stream headers and a retry hint', async () => {
    const ctx = await getTestContext({ retryMs: 1234 });

    const client = await ctx.connect();
    await client.waitFor(() => client.retry !== undefined, 'the retry hint');

    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(client.headers['cache-control']).toBe('no-cache, no-transform');
    expect(client.headers['connection']).toBe('keep-alive');
    expect(client.headers['x-accel-buffering']).toBe('no');
    expect(client.retry).toBe(1234);
  });

  it('200 with only the events published after connecting when there is no Last-Event-ID, ids increasing', async () => {
    const ctx = await getTestContext();
    ctx.append(2);
    const client = await ctx.connect();

    ctx.append(1);
    ctx.append(3);
    await client.waitFor(() => client.messages.length === 4, '4 live events');

    expect(client.ids()).toStrictEqual([3, 4, 5, 6]);
    expect(client.messages.map((m) => m.event)).toStrictEqual(Array(4).fill('test.event'));
    expect(JSON.parse(client.messages[0]?.data ?? '')).toStrictEqual({ type: 'test.event', n: 3 });
  });

  it.each([
    ['the Last-Event-ID header', { 'Last-Event-ID': '250' }, ''],
    ['the lastEventId query', {}, '?lastEventId=250'],
  ])(
    '200 with exactly the missed events when resuming with %s, even as events land during the replay',
    async (_, headers, query) => {
      let reads = 0;
      let held: StoredEvent[] = [];
      const ctx = await getTestContext({
        replayPageSize: 100,
        wrapLog: (log) => ({
          latestEventId: () => log.latestEventId(),
          eventsAfter: (after, limit) => {
            reads += 1;
            // Mid-replay: one batch committed and published at once, one committed but published only later.
            if (reads === 2) ctx.append(7);
            if (reads === 3) held = ctx.append(5, { publish: false });
            return log.eventsAfter(after, limit);
          },
        }),
      });
      for (let i = 0; i < 100; i++) ctx.append(10, { publish: false });

      const client = await ctx.connect(headers, query);
      await client.waitFor(() => client.ids().includes(1012), 'the replay to reach id 1012');
      ctx.hub.publish(held);
      ctx.append(3);
      await client.waitFor(() => client.ids().includes(1015), 'the live events after the replay');

      expect(reads).toBeGreaterThan(3);
      expect(client.ids()).toStrictEqual(range(251, 1015));
    },
  );

  it('200 and keep-alive comments while nothing happens', async () => {
    const ctx = await getTestContext({ keepAliveMs: 20 });

    const client = await ctx.connect();
    await client.waitFor(() => client.comments.length >= 2, 'two keep-alive comments');

    expect(client.comments.slice(0, 2)).toStrictEqual(['keep-alive', 'keep-alive']);
  });

  it('200 and the subscription is released when the client disconnects', async () => {
    const ctx = await getTestContext();
    const client = await ctx.connect();
    await waitUntil(() => ctx.hub.size === 1, 'the subscription');

    client.close();
    await waitUntil(() => ctx.hub.size === 0, 'the unsubscribe');

    expect(ctx.hub.size).toBe(0);
  });

  it(
    '200 and a stalled client is dropped at its buffer limit while a reading client gets every event',
    { timeout: 30_000 },
    async () => {
      const ctx = await getTestContext({ limits: { maxFrames: 64, maxBytes: 64 * 1024 } });
      const reader = await ctx.connect();
      const stalled = net.connect(Number(new URL(ctx.origin).port), '127.0.0.1');
      cleanups.push(() => stalled.destroy());
      stalled.on('error', () => {});
      stalled.pause(); // never reads: the kernel buffers fill, then the server's writes stop draining
      stalled.write('GET /api/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n');
      await waitUntil(() => ctx.hub.size === 2, 'both subscriptions');
      const pad = 'x'.repeat(4096);

      // Bounded: 1000 batches of 64 KiB is far more than loopback buffers hold.
      let published = 0;
      for (let batch = 0; batch < 1000 && ctx.hub.size === 2; batch++) {
        published += ctx.append(16, { pad }).length;
        await reader.waitFor(() => reader.messages.length === published, `the reader to get event ${published}`);
      }
      ctx.append(4);
      await reader.waitFor(() => reader.messages.length === published + 4, 'events after the drop');

      expect(ctx.hub.size).toBe(1);
      expect(ctx.drops).toStrictEqual(['overflow']);
      expect(reader.ids()).toStrictEqual(range(1, published + 4));
    },
  );

  it('200 and the client is dropped when the log cannot be read during the replay', async () => {
    const ctx = await getTestContext({
      wrapLog: (log) => ({
        latestEventId: () => log.latestEventId(),
        eventsAfter: () => {
          throw new Error('disk gone');
        },
      }),
    });
    ctx.append(1, { publish: false });

    await ctx.connect({ 'Last-Event-ID': '0' });
    await waitUntil(() => ctx.drops.length === 1, 'the drop');

    expect(ctx.drops).toStrictEqual(['error']);
    await waitUntil(() => ctx.hub.size === 0, 'the unsubscribe');
  });

  it.each([
    ['a word', { 'Last-Event-ID': 'abc' }, ''],
    ['a negative number', { 'Last-Event-ID': '-1' }, ''],
    ['a fraction', { 'Last-Event-ID': '1.5' }, ''],
    ['an exponent', { 'Last-Event-ID': '1e3' }, ''],
    ['too many digits', { 'Last-Event-ID': '12345678901234567' }, ''],
    ['a bad query value', {}, '?lastEventId=x'],
    ['an id ahead of the log', { 'Last-Event-ID': '5' }, ''],
  ])('400 when Last-Event-ID is %s', async (_, headers, query) => {
    const ctx = await getTestContext();
    ctx.append(2);

    const res = await request(ctx.server).get(`/api/stream${query}`).set(headers);

    expect(res.status).toBe(400);
    expect(res.body).toStrictEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });
});
