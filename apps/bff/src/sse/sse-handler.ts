import type { RequestHandler } from 'express';

import type { DropReason, WriterLimits } from './bounded-writer';
import { BoundedWriter, DEFAULT_WRITER_LIMITS } from './bounded-writer';
import type { EventHub } from './event-hub';
import { readResumePoint } from './last-event-id';
import { KEEP_ALIVE_FRAME, retryFrame } from './sse-frame';
import type { EventLog } from './sse-session';
import { startSession } from './sse-session';

/** What `GET /api/stream` needs; everything but `hub` and `store` has a production default. */
export interface SseHandlerOptions {
  hub: EventHub;
  store: EventLog;
  keepAliveMs?: number;
  /** The reconnect delay EventSource is told to use. */
  retryMs?: number;
  limits?: Partial<WriterLimits>;
  replayPageSize?: number;
  /** Called when a client is cut off, for the log; the client resumes by Last-Event-ID. */
  onDrop?: (info: { reason: DropReason; error?: unknown }) => void;
}

const DEFAULT_KEEP_ALIVE_MS = 15_000;
const DEFAULT_RETRY_MS = 2_000;
const DEFAULT_REPLAY_PAGE_SIZE = 500;

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  // nginx buffers proxied responses unless told not to, which would hold events back.
  'X-Accel-Buffering': 'no',
};

/**
 * The `GET /api/stream` handler: replays the log after Last-Event-ID, then streams live events and keep-alives.
 *
 * @example
 * api.get(API_STREAM, createSseHandler({ hub, store, onDrop: (info) => log('sse client dropped', info) }));
 */
export function createSseHandler(options: SseHandlerOptions): RequestHandler {
  const { hub, store } = options;
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const limits: WriterLimits = { ...DEFAULT_WRITER_LIMITS, ...options.limits };
  const onDrop = options.onDrop ?? (() => {});

  return (req, res, next) => {
    let resumeAfter: number | null;
    try {
      resumeAfter = readResumePoint(req, store.latestEventId());
    } catch (error) {
      next(error);
      return;
    }
    req.socket.setNoDelay(true);
    res.writeHead(200, SSE_HEADERS);
    let failure: unknown;
    const writer = new BoundedWriter(res, limits, (reason) =>
      onDrop(failure === undefined ? { reason } : { reason, error: failure }),
    );
    writer.send(retryFrame(options.retryMs ?? DEFAULT_RETRY_MS));
    const stopSession = startSession({
      hub,
      log: store,
      writer,
      resumeAfter,
      pageSize: options.replayPageSize ?? DEFAULT_REPLAY_PAGE_SIZE,
      limits,
      onError: (error) => (failure = error),
    });
    // Through the bounded writer too, so a stalled client is eventually dropped even when no events flow.
    const keepAlive = setInterval(() => writer.send(KEEP_ALIVE_FRAME), keepAliveMs);

    let cleanedUp = false;
    const cleanUp = (): void => {
      if (cleanedUp) return;
      cleanedUp = true;
      clearInterval(keepAlive);
      stopSession();
      writer.close();
    };
    req.on('close', cleanUp);
    res.on('close', cleanUp);
  };
}
