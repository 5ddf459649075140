import { describe, expect, it } from 'vitest';

import { drillFixture } from '../../../../test/drill-fixtures';

import { describeLatest, toHarborSeries, toObjectHealthSeries } from './drill-series';

describe('drill chart series', () => {
  it('when samples name two health states, then there is one series per state in the contract order', () => {
    const series = toObjectHealthSeries(drillFixture().samples);

    expect(series.keys.map((k) => k.key)).toStrictEqual(['healthy', 'reducedavailabilitywithnorebuilddelaytimer']);
    expect(series.data.map((p) => [p.tSeconds, p.healthy, p.reducedavailabilitywithnorebuilddelaytimer])).toStrictEqual(
      [
        [0, 6, 0],
        [15, 0, 6],
        [18, 0, 6],
        [50, 0, 6],
      ],
    );
  });

  it('when Harbor went red and came back, then the last point says so in words', () => {
    const series = toHarborSeries(drillFixture().samples);

    expect(series.data.map((p) => p.unhealthy)).toStrictEqual([0, 3, 3, 0]);
    expect(describeLatest(series)).toBe('3 Healthy');
    expect(describeLatest({ data: [], keys: [] })).toBe('No samples yet');
  });
});

describe('carrying the last counts on', () => {
  it('when twin time is past the last change, then each series ends at now with the last counts', () => {
    const series = toHarborSeries(drillFixture().samples, 600);

    expect(series.data.at(-1)).toStrictEqual({ tSeconds: 600, healthy: 3, unhealthy: 0 });
    expect(toObjectHealthSeries(drillFixture().samples, 10).data.at(-1)?.tSeconds).toBe(50);
  });
});
