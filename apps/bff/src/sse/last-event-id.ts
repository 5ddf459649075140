import type { Request } from 'express';

import { AppError } from '../errors/app-error';

// Digits only: no sign, exponent or fraction. Sixteen digits keeps Number() exact for every accepted value.
const EVENT_ID = /^\d{1,16}$/;

/**
 * The id to resume after: the `Last-Event-ID` header (what EventSource sends on reconnect), else `?lastEventId=`
 * (for a page that kept its id across a reload). null when neither is given; an empty header counts as none,
 * because that is how EventSource spells "no id yet".
 */
export function readResumePoint(req: Request, latestEventId: number): number | null {
  const header = req.get('last-event-id');
  const query: unknown = req.query.lastEventId;
  const raw = header !== undefined && header !== '' ? header : query;
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !EVENT_ID.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new AppError('bad_request', 'Last-Event-ID must be a non-negative integer event id');
  }
  const id = Number(raw);
  // An id the log never issued means the data directory was replaced: resuming would silently skip events.
  if (id > latestEventId) {
    throw new AppError(
      'bad_request',
      `Last-Event-ID ${id} is ahead of the event log (latest ${latestEventId}); reload and reconnect without it`,
    );
  }
  return id;
}
