import type { Store } from '../store/types';

import type { BoundedWriter, WriterLimits } from './bounded-writer';
import type { EventHub } from './event-hub';
import type { FramedEvent } from './sse-frame';
import { frameEvent } from './sse-frame';

/** The slice of the store a stream reads. */
export type EventLog = Pick<Store, 'eventsAfter' | 'latestEventId'>;

/** One client's stream, wired by the SSE handler. */
export interface SessionOptions {
  hub: EventHub;
  log: EventLog;
  writer: BoundedWriter;
  /** Resume after this id; null means "live from now" (a first connection fetches state over REST). */
  resumeAfter: number | null;
  pageSize: number;
  /** Bounds the live events held back while the replay catches up. */
  limits: WriterLimits;
  onError: (error: unknown) => void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Streams the log after `resumeAfter`, then live events, with no gap and no duplicate; returns the unsubscribe.
 *
 * It subscribes before the first read, so an event committed during the replay is either on a page read later or
 * held in `pending`; `cursor` (the last id sent) drops whichever copy comes second.
 */
export function startSession(options: SessionOptions): () => void {
  const { hub, log, writer, pageSize, limits } = options;
  let cursor = 0;
  let live = false;
  let pending: FramedEvent[] = [];
  let pendingBytes = 0;

  const sendNew = (batch: readonly FramedEvent[]): void => {
    for (const event of batch) {
      if (event.id <= cursor) continue;
      if (!writer.send(event.frame, event.bytes)) return;
      cursor = event.id;
    }
  };

  const unsubscribe = hub.subscribe((batch) => {
    if (live) return sendNew(batch);
    for (const event of batch) {
      pending.push(event);
      pendingBytes += event.bytes;
    }
    // Same bound as the socket queue: a replay that cannot keep up drops the client, which resumes further along.
    if (pending.length > limits.maxFrames || pendingBytes > limits.maxBytes) writer.drop('overflow');
  });
  cursor = options.resumeAfter ?? log.latestEventId();

  const replay = async (): Promise<void> => {
    for (;;) {
      const page = log.eventsAfter(cursor, pageSize);
      for (const stored of page) {
        const framed = frameEvent(stored);
        if (!writer.send(framed.frame, framed.bytes)) return;
        cursor = stored.id;
        if (writer.isBlocked) await writer.whenWritable();
        if (writer.isClosed) return;
      }
      if (page.length < pageSize) break;
      // Between full pages, let commands and other clients run: a long replay must not own the event loop.
      await nextTurn();
      if (writer.isClosed) return;
    }
    // Whatever was committed after the last read was published after we subscribed, so it is in `pending`.
    live = true;
    const held = pending;
    pending = [];
    pendingBytes = 0;
    sendNew(held);
  };
  replay().catch((error: unknown) => {
    options.onError(error);
    writer.drop('error');
  });

  return () => {
    unsubscribe();
    pending = [];
  };
}
