import { describe, expect, it } from 'vitest';

import { timelineFixture } from '../../test/drill-fixtures';

import { formatT, laneCounts, orderedEntries } from './timeline';

describe('timeline', () => {
  it.each([
    [0, 't+0 s'],
    [15, 't+15 s'],
    [65, 't+1 min 5 s'],
    [3600, 't+1 h'],
    [-3, 't−3 s'],
  ])('when %s seconds have passed since the fault, then the stamp reads %s', (seconds, text) => {
    expect(formatT(seconds)).toBe(text);
  });

  it('when entries arrive out of order, then they are shown by seq and counted per lane', () => {
    const shuffled = [...timelineFixture].reverse();

    expect(orderedEntries(shuffled).map((e) => e.seq)).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(laneCounts(shuffled)).toStrictEqual({ host: 1, ha: 1, vm: 1, vsan: 1, volume: 0, harbor: 2, registry: 2 });
  });
});
