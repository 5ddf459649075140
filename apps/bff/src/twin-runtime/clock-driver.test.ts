import { afterEach, describe, expect, it, vi } from 'vitest';

import { startClockDriver } from './clock-driver';

afterEach(() => vi.useRealTimers());

function drive(speed: number, paused = false) {
  vi.useFakeTimers();
  let wall = 0;
  const advanced: number[] = [];
  const driver = startClockDriver({
    paused,
    savePaused: () => undefined,
    speed: () => speed,
    advance: async (s) => {
      advanced.push(s);
    },
    wallNowMs: () => wall,
    tickMs: 250,
  });
  const wallPasses = async (ms: number): Promise<void> => {
    for (let t = 0; t < ms; t += 250) {
      wall += 250;
      await vi.advanceTimersByTimeAsync(250);
    }
  };
  return { driver, advanced, wallPasses };
}

describe('startClockDriver', () => {
  it('when 4 wall seconds pass at 1×, then the twin advances 4 seconds in whole-second steps', async () => {
    const { driver, advanced, wallPasses } = drive(1);

    await wallPasses(4000);

    expect(advanced.reduce((a, b) => a + b, 0)).toBe(4);
    expect(advanced.every((s) => Number.isInteger(s))).toBe(true);
    driver.stop();
  });

  it('when 2 wall seconds pass at 60×, then the twin advances 120 seconds', async () => {
    const { driver, advanced, wallPasses } = drive(60);

    await wallPasses(2000);

    expect(advanced.reduce((a, b) => a + b, 0)).toBe(120);
    driver.stop();
  });

  it('when paused, then twin time stands still until resumed', async () => {
    const { driver, advanced, wallPasses } = drive(10, true);

    await wallPasses(1000);
    expect(advanced).toStrictEqual([]);
    driver.setPaused(false);
    await wallPasses(1000);

    expect(advanced.reduce((a, b) => a + b, 0)).toBe(10);
    driver.stop();
  });
});
