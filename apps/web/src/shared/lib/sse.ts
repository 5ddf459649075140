import type { StreamMessage } from '@harborview/contracts/stream';
import { StreamMessageSchema } from '@harborview/contracts/stream';

import { hasSession, onSignedIn } from './http';

export type StreamStatus = 'connecting' | 'open' | 'lost';

export interface StreamHandlers {
  onMessage: (message: StreamMessage, id: number) => void;
  onStatus: (status: StreamStatus) => void;
}

const MESSAGE_TYPES = ['twin.event', 'task', 'changed'] as const;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 10_000;

/**
 * One EventSource on `/api/stream`. The browser reconnects by itself and sends Last-Event-ID, so the BFF replays
 * what was missed; if the server refuses (EventSource then gives up), a fresh source is opened with back-off.
 * EventSource shows no status, so a refusal is followed by GET /api/session: a 401 there (the session ended) signs
 * the console out, and the stream waits for the next sign-in instead of knocking every few seconds.
 * Malformed frames are dropped with a warning. Returns the close function.
 */
export function openStream(url: string, handlers: StreamHandlers): () => void {
  let source: EventSource | null = null;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  let stopWaiting: (() => void) | null = null;

  const listener = (event: MessageEvent<string>): void => {
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      console.warn('stream: dropped a frame that is not JSON', event.type);
      return;
    }
    const parsed = StreamMessageSchema.safeParse(data);
    if (!parsed.success) {
      console.warn('stream: dropped a malformed frame', event.type, parsed.error.issues[0]?.message);
      return;
    }
    handlers.onMessage(parsed.data, Number(event.lastEventId));
  };

  const connect = (): void => {
    const current = new EventSource(url);
    source = current;
    handlers.onStatus('connecting');
    current.onopen = () => {
      retryMs = FIRST_RETRY_MS;
      handlers.onStatus('open');
    };
    current.onerror = () => {
      if (current.readyState !== EventSource.CLOSED) {
        handlers.onStatus('connecting');
        return;
      }
      handlers.onStatus('lost');
      if (closed) return;
      void hasSession().then((signedIn) => {
        if (closed) return;
        if (!signedIn) {
          stopWaiting = onSignedIn(() => {
            stopWaiting?.();
            stopWaiting = null;
            retryMs = FIRST_RETRY_MS;
            connect();
          });
          return;
        }
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      });
    };
    for (const type of MESSAGE_TYPES) current.addEventListener(type, listener as EventListener);
  };
  connect();

  return () => {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    stopWaiting?.();
    if (!source) return;
    for (const type of MESSAGE_TYPES) source.removeEventListener(type, listener as EventListener);
    source.close();
  };
}
