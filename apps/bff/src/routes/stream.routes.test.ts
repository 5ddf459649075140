import type { AddressInfo } from 'node:net';

import { EventPageSchema } from '@harborview/contracts/events';
import { StreamMessageSchema } from '@harborview/contracts/stream';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import type { SseTestClient } from '../sse/sse-test-client';
import { connectSse } from '../sse/sse-test-client';
import { bodyOf, errorOf } from '../test/api-expect';
import { closeServer, listenOnce } from '../test/api-state';
import type { TestApp } from '../test/test-app';
import { closeTestApps, openSetUpTestApp, openTestApp } from '../test/test-app';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeTestApps();
});

async function connect(t: TestApp, headers: Record<string, string> = {}): Promise<SseTestClient> {
  const server = await listenOnce(t);
  cleanups.push(() => closeServer(server));
  const { port } = server.address() as AddressInfo;
  const client = await connectSse(`http://127.0.0.1:${port}/api/stream`, headers);
  cleanups.push(() => client.close());
  return client;
}

describe('GET /api/events', () => {
  it('200 with the first page of twin events, ids increasing, and the cursor to continue from', async () => {
    const t = await openSetUpTestApp();

    const res = await request(t.app).get('/api/events?limit=5');

    const page = bodyOf(res, 200, EventPageSchema);
    const ids = page.items.map((e) => e.id);
    expect(ids).toHaveLength(5);
    expect(ids).toStrictEqual([...ids].sort((a, b) => a - b));
    // lastId is the stream log's cursor (task and change messages have ids too), so it runs ahead of event ids.
    expect(page.lastId).toBeGreaterThanOrEqual(ids[4]!);
    expect(page.items[0]?.message).toBe('Task: Install VIB esx-vmdkops-service');
  });

  it('200 with the next page when asked after lastId, no event repeated or skipped', async () => {
    const t = await openSetUpTestApp();
    const first = EventPageSchema.parse((await request(t.app).get('/api/events?limit=5')).body);

    const res = await request(t.app).get(`/api/events?after=${first.lastId}&limit=5`);

    const next = bodyOf(res, 200, EventPageSchema);
    // Ids are positions in the persisted log (the SSE ids): two pages of 5 are exactly one page of 10.
    const both = EventPageSchema.parse((await request(t.app).get('/api/events?limit=10')).body);
    expect([...first.items, ...next.items].map((e) => e.id)).toStrictEqual(both.items.map((e) => e.id));
    expect(both.items).toHaveLength(10);
    expect(next.items[0]!.id).toBeGreaterThan(first.lastId);
  });

  it('200 with only the events naming the entity', async () => {
    const t = await openSetUpTestApp();

    const res = await request(t.app).get('/api/events?entity=vsanvol1%40vsanDatastore');

    const { items } = bodyOf(res, 200, EventPageSchema);
    expect(items.map((e) => e.typeId)).toStrictEqual(['vim.event.TaskEvent', 'com.harborview.vdvs.VolumeCreated']);
    expect(items.every((e) => e.objects.some((o) => o.id === 'vsanvol1@vsanDatastore'))).toBe(true);
  });

  it('200 with no events and the cursor unchanged when nothing is after it', async () => {
    const t = await openSetUpTestApp();
    const latest = t.twin.stream.store.latestEventId();

    const res = await request(t.app).get(`/api/events?after=${latest}`);

    expect(bodyOf(res, 200, EventPageSchema)).toStrictEqual({ items: [], lastId: latest });
  });

  it.each(['limit=0', 'limit=1001', 'after=-1', 'after=abc', 'after=1.5', 'since=3', `entity=${'x'.repeat(201)}`])(
    '400 when the query is %s',
    async (query) => {
      const t = await openTestApp();

      const res = await request(t.app).get(`/api/events?${query}`);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    },
  );
});

describe('GET /api/stream', () => {
  it('200 with the event-stream headers and the log replayed after Last-Event-ID, each frame a StreamMessage', async () => {
    const t = await openSetUpTestApp();
    const latest = t.twin.stream.store.latestEventId();

    const client = await connect(t, { 'Last-Event-ID': String(latest - 3) });
    await client.waitFor(() => client.messages.length === 3, 'the last 3 messages replayed');

    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(client.ids()).toStrictEqual([latest - 2, latest - 1, latest]);
    for (const message of client.messages) {
      const parsed = StreamMessageSchema.parse(JSON.parse(message.data));
      expect(message.event).toBe(parsed.type);
    }
  });

  it('200 and live messages when the twin changes after connecting', async () => {
    const t = await openSetUpTestApp();
    const client = await connect(t);

    await request(t.app).put('/api/cluster/ha').send({ enabled: true }).expect(202);
    await client.waitFor(() => client.messages.some((m) => m.event === 'task'), 'the HA task on the stream');

    const task = client.messages.find((m) => m.event === 'task');
    expect(StreamMessageSchema.parse(JSON.parse(task?.data ?? ''))).toMatchObject({
      type: 'task',
      task: { name: 'Reconfigure cluster' },
    });
  });

  it.each([
    ['not a number', 'abc', 'Last-Event-ID must be a non-negative integer event id'],
    [
      'ahead of the log',
      '999999',
      'Last-Event-ID 999999 is ahead of the event log (latest 0); reload and reconnect without it',
    ],
  ])('400 when Last-Event-ID is %s', async (_, id, message) => {
    const t = await openTestApp();

    const res = await request(t.app).get('/api/stream').set('Last-Event-ID', id);

    expect(errorOf(res, 400)).toStrictEqual({ code: 'bad_request', message });
  });
});
