import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import type { DropReason } from './bounded-writer';
import { BoundedWriter } from './bounded-writer';

/** A socket stand-in whose writes complete only when the test says so, like a peer that stopped reading. */
function getTestContext(limits = { maxFrames: 3, maxBytes: 1_000 }): {
  writer: BoundedWriter;
  sink: Writable;
  written: string[];
  drops: DropReason[];
  release: () => void;
} {
  const written: string[] = [];
  const held: (() => void)[] = [];
  const sink = new Writable({
    highWaterMark: 8,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      written.push(chunk);
      held.push(() => callback());
    },
  });
  const drops: DropReason[] = [];
  const writer = new BoundedWriter(sink, limits, (reason) => drops.push(reason));
  const release = (): void => {
    while (held.length > 0) held.shift()?.();
  };
  return { writer, sink, written, drops, release };
}

describe('BoundedWriter', () => {
  it('when the sink keeps up, then frames are written straight through', () => {
    const { writer, written } = getTestContext();

    const accepted = writer.send('abc');

    expect(accepted).toBe(true);
    expect(written).toStrictEqual(['abc']);
    expect(writer.isBlocked).toBe(false);
  });

  it('when the sink is behind, then frames queue and are flushed in order on drain', async () => {
    const { writer, written, release } = getTestContext();
    writer.send('first frame, longer than the high-water mark');
    const writable = writer.whenWritable();

    ['a', 'b', 'c'].forEach((frame) => writer.send(frame));
    expect(writer.pendingBytes).toBe(3);
    for (let i = 0; i < 4 && writer.isBlocked; i++) {
      release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writable;

    expect(written.join('|')).toBe('first frame, longer than the high-water mark|a|b|c');
    expect(writer.pendingBytes).toBe(0);
  });

  it.each([
    ['count', { maxFrames: 2, maxBytes: 1_000 }, ['a', 'b', 'c']],
    ['bytes', { maxFrames: 100, maxBytes: 10 }, ['123456', '123456']],
  ])('when the queue exceeds its %s limit, then the sink is destroyed and the drop reported', (_, limits, frames) => {
    const { writer, sink, drops } = getTestContext(limits);
    writer.send('a frame that fills the sink');

    const results = frames.map((frame) => writer.send(frame));

    expect(results.at(-1)).toBe(false);
    expect(sink.destroyed).toBe(true);
    expect(drops).toStrictEqual(['overflow']);
    expect(writer.isClosed).toBe(true);
    expect(writer.pendingBytes).toBe(0);
  });

  it('when the client is gone, then sends are refused and waiters are released', async () => {
    const { writer, sink } = getTestContext();
    writer.send('a frame that fills the sink');
    const writable = writer.whenWritable();

    sink.destroy();
    await writable;

    expect(writer.send('late')).toBe(false);
    expect(writer.isClosed).toBe(true);
  });
});
