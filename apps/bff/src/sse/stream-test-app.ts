import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

import { createErrorMiddleware } from '../errors/error-middleware';
import { openStore } from '../store/open-store';
import { createTempDir } from '../store/temp-dir';
import type { Store, StoredEvent } from '../store/types';

import type { DropReason } from './bounded-writer';
import { EventHub } from './event-hub';
import type { SseHandlerOptions } from './sse-handler';
import { createSseHandler } from './sse-handler';
import type { EventLog } from './sse-session';

/** A real HTTP server on 127.0.0.1:0 with `/api/stream` and `/api/events` over a temp store; for tests and benches. */
export interface StreamTestApp {
  server: Server;
  origin: string;
  store: Store;
  hub: EventHub;
  drops: DropReason[];
  /** Appends one command with `count` events and publishes them unless `publish` is false. */
  append(count: number, options?: { publish?: boolean; pad?: string }): StoredEvent[];
  close(): Promise<void>;
}

/** Starts the stream app; `wrapLog` lets a test intercept the reads the handler makes. */
export async function startStreamTestApp(
  options: Partial<Omit<SseHandlerOptions, 'hub' | 'store'>> & { wrapLog?: (log: EventLog) => EventLog } = {},
): Promise<StreamTestApp> {
  const { dir, remove } = createTempDir('harborview-sse-');
  // NORMAL: these tests are about streaming, and an fsync per append only slows them.
  const store = openStore(dir, { durability: 'NORMAL' });
  const hub = new EventHub();
  const drops: DropReason[] = [];
  const { wrapLog, ...handlerOptions } = options;
  const log = wrapLog ? wrapLog(store) : store;

  const app = express();
  app.get(
    '/api/stream',
    createSseHandler({ ...handlerOptions, hub, store: log, onDrop: (info) => drops.push(info.reason) }),
  );
  app.use(createErrorMiddleware(() => {}));
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  let n = 0;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    store,
    hub,
    drops,
    append(count, { publish = true, pad } = {}) {
      const events = Array.from({ length: count }, () => ({ type: 'test.event', n: ++n, ...(pad ? { pad } : {}) }));
      const result = store.appendCommand({ op: 'test' }, events, n);
      if (publish) hub.publish(result.events);
      return result.events;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      store.close();
      remove();
    },
  };
}
