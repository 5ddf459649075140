import { describe, expect, it } from 'vitest';

import type { StoredEvent } from '../store/types';

import { EventHub } from './event-hub';
import type { FramedEvent } from './sse-frame';

const stored = (id: number, type = 'vm.powered_on'): StoredEvent => ({ id, seq: id, atMs: id * 10, event: { type } });

describe('EventHub', () => {
  it('when events are published, then every subscriber gets the same framed batch', () => {
    const hub = new EventHub();
    const seen: (readonly FramedEvent[])[] = [];
    hub.subscribe((batch) => seen.push(batch));
    hub.subscribe((batch) => seen.push(batch));

    hub.publish([stored(1), stored(2, 'task.updated')]);

    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]?.map((e) => e.frame)).toStrictEqual([
      'id: 1\nevent: vm.powered_on\ndata: {"type":"vm.powered_on"}\n\n',
      'id: 2\nevent: task.updated\ndata: {"type":"task.updated"}\n\n',
    ]);
  });

  it('when a subscriber throws, then the others still receive the batch and the error is reported', () => {
    const errors: unknown[] = [];
    const hub = new EventHub((error) => errors.push(error));
    const received: number[] = [];
    hub.subscribe(() => {
      throw new Error('broken client');
    });
    hub.subscribe((batch) => received.push(...batch.map((e) => e.id)));

    hub.publish([stored(1)]);

    expect(received).toStrictEqual([1]);
    expect(errors).toHaveLength(1);
  });

  it('when a subscriber unsubscribes, then it receives nothing more and size drops', () => {
    const hub = new EventHub();
    const received: number[] = [];
    const unsubscribe = hub.subscribe((batch) => received.push(...batch.map((e) => e.id)));
    hub.publish([stored(1)]);

    unsubscribe();
    hub.publish([stored(2)]);

    expect(received).toStrictEqual([1]);
    expect(hub.size).toBe(0);
  });

  it('when ids do not increase, then publish refuses the whole batch', () => {
    const hub = new EventHub();
    const received: number[] = [];
    hub.subscribe((batch) => received.push(...batch.map((e) => e.id)));
    hub.publish([stored(5)]);

    const act = (): void => hub.publish([stored(6), stored(5)]);

    expect(act).toThrow(/not after/);
    expect(received).toStrictEqual([5]);
  });
});
