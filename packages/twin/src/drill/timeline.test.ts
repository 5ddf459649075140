import { describe, expect, it } from 'vitest';

import type { ObservedEntry, ServiceEntry } from './observation';
import { buildTimeline } from './timeline';

const EPOCH = Date.UTC(2017, 2, 1, 9);
const observed = (time: number, message: string): ObservedEntry => ({
  time,
  lane: 'host',
  severity: 'info',
  typeId: 'x',
  message,
  objects: [],
});
const service = (afterEntries: number, time: number, message: string): ServiceEntry => ({
  ...observed(time, message),
  lane: 'registry',
  afterEntries,
});

describe('buildTimeline', () => {
  it('when service entries were recorded between observed ones, then they keep their place, and every entry is numbered and timed from the fault', () => {
    const timeline = buildTimeline(
      [observed(100, 'fault'), observed(115, 'dead'), observed(142, 'healthy')],
      [service(3, 142, 'verified'), service(0, 100, 'baseline')],
      100,
      EPOCH,
    );

    expect(timeline.map((e) => [e.seq, e.tSeconds, e.message])).toStrictEqual([
      [0, 0, 'baseline'],
      [1, 0, 'fault'],
      [2, 15, 'dead'],
      [3, 42, 'healthy'],
      [4, 42, 'verified'],
    ]);
    expect(timeline[2]?.time).toBe('2017-03-01T09:01:55.000Z');
  });
});
