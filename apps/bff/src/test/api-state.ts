import { once } from 'node:events';
import type { Server } from 'node:http';

import request from 'supertest';

import type { TestApp } from './test-app';

// What the console shows of the twin: a rejected request must leave every one of these as it was.
const STATE_PATHS = [
  '/api/hosts',
  '/api/volumes',
  '/api/policies',
  '/api/harbor',
  '/api/cluster',
  '/api/tasks',
  '/api/setup',
  '/api/twin/clock',
];

/** The app on a real port (127.0.0.1:0), so hundreds of requests reuse one server instead of one each. */
export async function listenOnce(t: TestApp): Promise<Server> {
  const server = t.app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** Closes a server from `listenOnce`, dropping any kept-alive connections. */
export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/**
 * A comparable picture of the twin: the GET answers the console reads, plus the command log's seq and the event
 * log's last id (a refused command is never logged, so both stay put when nothing changed).
 */
export async function captureApiState(server: Server, t: TestApp): Promise<string> {
  const views: Record<string, unknown> = {};
  for (const path of STATE_PATHS) {
    const res = await request(server).get(path);
    views[path] = { status: res.status, body: res.body as unknown };
  }
  const { store } = t.twin.stream;
  return JSON.stringify({ views, seq: store.latestSeq(), lastEventId: store.latestEventId() });
}
