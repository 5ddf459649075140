import { describe, expect, it } from 'vitest';

import { toVsanCapacitySeries } from './capacity-series';

describe('toVsanCapacitySeries', () => {
  it('when 150 of 3000 GB are used, then Used is 5% and Free 95%', () => {
    const series = toVsanCapacitySeries({ capacityBytes: 3000, usedBytes: 150, freeBytes: 2850, reservedBytes: 0 });

    expect(series.map((s) => [s.label, s.bytes, s.percent])).toStrictEqual([
      ['Used', 150, 5],
      ['Free', 2850, 95],
    ]);
  });

  it('when the capacity is zero, then both shares are zero rather than NaN', () => {
    const series = toVsanCapacitySeries({ capacityBytes: 0, usedBytes: 0, freeBytes: 0, reservedBytes: 0 });

    expect(series.map((s) => s.percent)).toStrictEqual([0, 0]);
  });

  it('when a share has more than one decimal, then it is rounded to one', () => {
    const [used] = toVsanCapacitySeries({ capacityBytes: 3, usedBytes: 1, freeBytes: 2, reservedBytes: 0 });

    expect(used?.percent).toBe(33.3);
  });
});
