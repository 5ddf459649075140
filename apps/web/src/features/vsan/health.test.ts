import { describe, expect, it } from 'vitest';

import { healthTone, toHealthCountRows } from './health';

describe('toHealthCountRows', () => {
  it('when some objects wait on the delay timer, then they are listed before the healthy ones', () => {
    const rows = toHealthCountRows({ healthy: 3, reducedavailabilitywithnorebuilddelaytimer: 4 });

    expect(rows.map((r) => [r.label, r.count])).toStrictEqual([
      ['Reduced availability with no rebuild - delay timer', 4],
      ['Healthy', 3],
    ]);
  });

  it('when a state has zero objects, then it is left out', () => {
    expect(toHealthCountRows({ healthy: 0, inaccessible: 1 }).map((r) => r.health)).toStrictEqual(['inaccessible']);
  });

  it('when there are no counts, then there are no rows', () => {
    expect(toHealthCountRows({})).toStrictEqual([]);
  });
});

describe('healthTone', () => {
  it.each([
    ['healthy', 'ok'],
    ['inaccessible', 'error'],
    ['reducedavailabilitywithnorebuild', 'warn'],
    ['nonavailabilityrelatedincompliance', 'warn'],
  ] as const)('when health is %s, then the badge tone is %s', (health, tone) => {
    expect(healthTone(health)).toBe(tone);
  });
});
