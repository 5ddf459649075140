import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { startStreamTestApp } from './stream-test-app';
import type { StreamTestApp } from './stream-test-app';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function getTestContext(events: number): Promise<StreamTestApp> {
  const app = await startStreamTestApp();
  cleanups.push(() => app.close());
  for (let i = 0; i < events; i += 10) app.append(Math.min(10, events - i));
  return app;
}

describe('GET /api/events', () => {
  it('200 with the first 100 events and hasMore when no query is given', async () => {
    const { server } = await getTestContext(150);

    const res = await request(server).get('/api/events');

    expect(res.status).toBe(200);
    expect(res.body.events).toHaveLength(100);
    expect(res.body.events[0]).toStrictEqual({ id: 1, seq: 1, atMs: 10, event: { type: 'test.event', n: 1 } });
    expect(res.body).toMatchObject({ lastId: 100, hasMore: true });
  });

  it('200 with the events after `after`, at most `limit`, and no more to come at the end', async () => {
    const { server } = await getTestContext(150);

    const res = await request(server).get('/api/events?after=140&limit=20');

    expect(res.status).toBe(200);
    expect(res.body.events.map((e: { id: number }) => e.id)).toStrictEqual([
      141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
    ]);
    expect(res.body).toMatchObject({ lastId: 150, hasMore: false });
  });

  it('200 with an empty page that keeps the cursor when nothing is newer', async () => {
    const { server } = await getTestContext(5);

    const res = await request(server).get('/api/events?after=5&limit=1000');

    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ events: [], lastId: 5, hasMore: false });
  });

  it.each([['limit=0'], ['limit=1001'], ['limit=ten'], ['limit='], ['after=-1'], ['after=1e3'], ['after=1&after=2']])(
    '400 when the query is %s',
    async (query) => {
      const { server } = await getTestContext(1);

      const res = await request(server).get(`/api/events?${query}`);

      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    },
  );
});
