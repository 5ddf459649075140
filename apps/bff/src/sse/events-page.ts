import type { RequestHandler } from 'express';
import { z } from 'zod';

import type { StoredEvent } from '../store/types';

import type { EventLog } from './sse-session';

const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

// Strings, not z.coerce: coerce would read '' as 0 and '1e3' as 1000.
const DIGITS = /^\d{1,16}$/;

/** `GET /api/events` query: `after` is the last id the caller has (default 0), `limit` 1..1000 (default 100). */
export const EventsPageQuerySchema = z.object({
  after: z
    .string()
    .regex(DIGITS, 'after must be a non-negative integer')
    .transform(Number)
    .pipe(z.number().max(Number.MAX_SAFE_INTEGER))
    .default(0),
  limit: z
    .string()
    .regex(DIGITS, 'limit must be an integer')
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_LIMIT))
    .default(DEFAULT_LIMIT),
});
export type EventsPageQuery = z.infer<typeof EventsPageQuerySchema>;

/** One page of the same log `/api/stream` replays; pass `lastId` as the next `after`. */
export interface EventsPage {
  events: StoredEvent[];
  /** The id of the last event in this page, or `after` when the page is empty. */
  lastId: number;
  hasMore: boolean;
}

/** Validates the query (a ZodError reaches the error middleware as a 400) and reads one page. */
export function eventsPage(log: EventLog, query: unknown): EventsPage {
  const { after, limit } = EventsPageQuerySchema.parse(query);
  // One extra row answers hasMore without a second query.
  const rows = log.eventsAfter(after, limit + 1);
  const events = rows.slice(0, limit);
  return { events, lastId: events.at(-1)?.id ?? after, hasMore: rows.length > limit };
}

/** The thin `GET /api/events` handler over `eventsPage`. */
export function createEventsPageHandler(deps: { store: EventLog }): RequestHandler {
  return (req, res) => {
    res.json(eventsPage(deps.store, req.query));
  };
}
