import { StreamMessageSchema } from '@harborview/contracts/stream';
import type { StreamMessage } from '@harborview/contracts/stream';

export type StreamStatus = 'connecting' | 'open' | 'lost';

export interface StreamHandlers {
  onMessage: (message: StreamMessage, id: number) => void;
  onStatus: (status: StreamStatus) => void;
}

const MESSAGE_TYPES = ['twin.event', 'task', 'changed'] as const;

/**
 * One EventSource on `/api/stream`. The browser reconnects by itself and sends Last-Event-ID, so the BFF
 * replays what was missed; malformed frames are dropped with a warning. Returns the close function.
 */
export function openStream(url: string, handlers: StreamHandlers): () => void {
  const source = new EventSource(url);
  handlers.onStatus('connecting');
  source.onopen = () => handlers.onStatus('open');
  source.onerror = () => handlers.onStatus(source.readyState === EventSource.CLOSED ? 'lost' : 'connecting');
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
  for (const type of MESSAGE_TYPES) source.addEventListener(type, listener as EventListener);
  return () => {
    for (const type of MESSAGE_TYPES) source.removeEventListener(type, listener as EventListener);
    source.close();
  };
}
