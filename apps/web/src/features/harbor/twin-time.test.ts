import { describe, expect, it } from 'vitest';

import { clockFixture } from '../../test/harbor-fixtures';

import { twinNowMs, uptimeSeconds } from './twin-time';

const now = Date.parse(clockFixture.now);

describe('twinNowMs', () => {
  it('when the clock is paused, then twin time stands at its reading', () => {
    expect(twinNowMs(clockFixture, 1_000, 61_000)).toBe(now);
  });

  it('when the clock runs at 60×, then a wall second adds a twin minute', () => {
    const clock = { ...clockFixture, paused: false, speed: 60 };

    expect(twinNowMs(clock, 1_000, 2_000) - now).toBe(60_000);
  });

  it('when the machine clock is behind the fetch time, then twin time does not go backwards', () => {
    expect(twinNowMs({ ...clockFixture, paused: false }, 5_000, 4_000)).toBe(now);
  });
});

describe('uptimeSeconds', () => {
  it('when a container started an hour before the twin clock, then it has been up 3600 s', () => {
    expect(uptimeSeconds('2024-05-01T09:00:00.000Z', now)).toBe(3600);
  });

  it('when a container never started, then there is no uptime', () => {
    expect(uptimeSeconds(null, now)).toBeNull();
    expect(uptimeSeconds('not a date', now)).toBeNull();
  });
});
