import { EventsQuerySchema } from '@harborview/contracts/events';
import type { EventPage, TwinEvent } from '@harborview/contracts/events';
import type { StreamMessage } from '@harborview/contracts/stream';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { createSseHandler } from '../sse/sse-handler';

// Pages of the log are read in chunks; an entity filter may need several chunks to fill one page.
const SCAN_CHUNK = 1000;
const MAX_SCANNED = 50_000;

/** `GET /api/events` pages the persisted event log; `GET /api/stream` streams it live (SSE, resumable by id). */
export function registerStreamRoutes(router: Router, { stream, log }: AppDeps): void {
  if (!stream) return;
  const { store, hub } = stream;

  router.get('/events', (req, res) => {
    const { after, limit, entity } = EventsQuerySchema.parse(req.query);
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
    res.json(body);
  });

  router.get(
    '/stream',
    createSseHandler({
      hub,
      store,
      onDrop: ({ reason }) => log('stream client dropped; it resumes by Last-Event-ID', { reason }),
    }),
  );
}
