import type { EventPage, TwinEvent } from '@harborview/contracts/events';
import type { StreamMessage } from '@harborview/contracts/stream';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { createSseHandler } from '../sse/sse-handler';

import { route } from './define-route';

// Pages of the log are read in chunks; an entity filter may need several chunks to fill one page.
const SCAN_CHUNK = 1000;
const MAX_SCANNED = 50_000;

/** `GET /api/events` pages the persisted event log; `GET /api/stream` streams it live (SSE, resumable by id). */
export function registerStreamRoutes(router: Router, { stream, log }: Pick<AppDeps, 'stream' | 'log'>): void {
  if (!stream) return;
  const { store, hub } = stream;

  route(router, 'events.list', ({ query: { after, limit, entity } }) => {
    const items: TwinEvent[] = [];
    let cursor = after;
    let scanned = 0;
    while (items.length < limit && scanned < MAX_SCANNED) {
      const rows = store.eventsAfter(cursor, SCAN_CHUNK);
      if (rows.length === 0) break;
      for (const row of rows) {
        cursor = row.id;
        const message = row.event as StreamMessage;
        if (message.type !== 'twin.event') continue;
        if (entity && !message.event.objects.some((o) => o.id === entity)) continue;
        // One numbering for paging: an event's id is its position in the persisted log (the SSE id too).
        items.push({ ...message.event, id: row.id });
        if (items.length === limit) break;
      }
      scanned += rows.length;
    }
    const body: EventPage = { items, lastId: cursor };
    return body;
  });

  const sse = createSseHandler({
    hub,
    store,
    onDrop: ({ reason }) => log('stream client dropped; it resumes by Last-Event-ID', { reason }),
  });
  route(router, 'events.stream', ({ req, res, next }) => {
    void sse(req, res, next);
    return undefined;
  });
}
