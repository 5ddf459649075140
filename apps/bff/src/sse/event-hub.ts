import type { StoredEvent } from '../store/types';

import type { FramedEvent } from './sse-frame';
import { frameEvent } from './sse-frame';

/** Receives each published batch; must not block (SSE sessions only enqueue into a bounded writer). */
export type HubListener = (batch: readonly FramedEvent[]) => void;

/**
 * Fans committed events out to live subscribers.
 *
 * @example
 * const { events } = store.appendCommand(command, result.events, nowMs);
 * hub.publish(events); // after the commit, in id order
 */
export class EventHub {
  private readonly listeners = new Set<HubListener>();
  private lastPublishedId = 0;

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  /** Subscribers currently attached; SSE tests and health checks read it. */
  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener and returns its unsubscribe. */
  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Publishes events that are already committed; ids must keep increasing, or sessions would skip some. */
  publish(events: readonly StoredEvent[]): void {
    let previous = this.lastPublishedId;
    for (const event of events) {
      if (event.id <= previous) {
        throw new Error(`EventHub.publish: event id ${event.id} is not after ${previous}; publish in commit order`);
      }
      previous = event.id;
    }
    if (events.length === 0) return;
    this.lastPublishedId = previous;
    const batch = events.map(frameEvent);
    // A copy, so a listener that unsubscribes (or drops its client) while we iterate cannot skip a neighbour.
    for (const listener of [...this.listeners]) {
      try {
        listener(batch);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}
