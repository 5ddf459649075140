import type { StoredEvent } from '../store/types';

/** An event already rendered as an SSE frame, shared by every subscriber so fan-out formats it once. */
export interface FramedEvent {
  id: number;
  frame: string;
  bytes: number;
}

/** The comment sent every keep-alive period; proxies and browsers keep idle streams open because of it. */
export const KEEP_ALIVE_FRAME = ': keep-alive\n\n';

/** Tells EventSource how long to wait before reconnecting. */
export function retryFrame(retryMs: number): string {
  return `retry: ${retryMs}\n\n`;
}

/** Renders `id:`/`event:`/`data:`; `data` is the event's JSON, which never contains a raw line break. */
export function frameEvent(stored: StoredEvent): FramedEvent {
  // The store refuses multi-line types; this guards events that reach the hub another way.
  const type = stored.event.type.replace(/[\r\n]/g, ' ');
  const frame = `id: ${stored.id}\nevent: ${type}\ndata: ${JSON.stringify(stored.event)}\n\n`;
  return { id: stored.id, frame, bytes: Buffer.byteLength(frame) };
}
