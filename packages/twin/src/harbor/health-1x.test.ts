import { describe, expect, it } from 'vitest';

import { seconds, twinTime } from '../tasks/time';

import { runHarbor } from './__fixtures__/run';
import { createHarborState } from './harbor-state';
import { harborTick } from './harbor-tick';
import type { HealthContext } from './health';
import { harborHealth, primeHealth } from './health';
import { HARBOR_041_LAYOUT } from './layout-0x';
import { HARBOR_17_LAYOUT, HARBOR_110_LAYOUT } from './layout-1x';
import type { ComposeLayout } from './layout-types';

// harbor.md §3.1 History: no health API before 1.8.0 (health derived from container state), `/api/health` from
// 1.8.0 in the same model as 2.x (§3.1 shape, "unknown status" first, checks every 10 s). health.test.ts checks the
// reports both eras share, layout by layout; this file what only 1.x does.
const CLEAN = { logListenDelay: seconds(0) };

function ctx(now: number, overrides: Partial<HealthContext> = {}): HealthContext {
  return { now: twinTime(now), vmRunning: true, volumeAccessible: () => true, ...overrides };
}

describe('harborHealth (1.7: no health API)', () => {
  it('when the VM is off, then the derived report shows each container exited by the power loss', () => {
    // Arrange
    const state = createHarborState(HARBOR_17_LAYOUT, twinTime(0), CLEAN);
    const off = runHarbor(state, { from: 100, until: 110, step: 1, vmDown: [100, 1000] }).state;

    // Act
    const probe = harborHealth(off, ctx(110, { vmRunning: false }));

    // Assert
    const core = probe.api === 'none' ? probe.derived.components.find((c) => c.name === 'core') : undefined;
    expect([probe.api === 'none' && probe.derived.status, core]).toStrictEqual([
      'unhealthy',
      { name: 'core', status: 'unhealthy', error: 'container harbor-core is exited (Exit 255)' },
    ]);
  });
});

describe('harborHealth (1.10: /api/health)', () => {
  it('when the VM is down, then /api/health is unreachable', () => {
    // Arrange
    const state = createHarborState(HARBOR_110_LAYOUT, twinTime(0), CLEAN);

    // Act
    const probe = harborHealth(state, ctx(10, { vmRunning: false }));

    // Assert
    expect(probe).toStrictEqual({
      api: 'v2.0',
      endpoint: '/api/health',
      reachable: false,
      reason: 'The Harbor host is not reachable',
    });
  });
});

describe('primeHealth (Harbor up before the clock starts)', () => {
  it('when 1.10 is primed at t=0, then /api/health has a healthy report at once and it survives the next tick', () => {
    // Arrange
    const primed = primeHealth(createHarborState(HARBOR_110_LAYOUT, twinTime(0)), ctx(0));

    // Act
    const ticked = harborTick(primed, { ...ctx(5), guestBootedAt: twinTime(0) }).state;
    const probe = harborHealth(ticked, ctx(5));

    // Assert
    expect(probe.api === 'v2.0' && probe.reachable ? probe.report.status : null).toBe('healthy');
  });

  it('when 1.7 is primed, then nothing changes: it has no health API', () => {
    // Arrange
    const state = createHarborState(HARBOR_17_LAYOUT, twinTime(0));

    // Act
    const primed = primeHealth(state, ctx(0));

    // Assert
    expect(primed).toBe(state);
  });
});

describe('harborHealth on a layout saved before healthEndpoint existed', () => {
  it('when a 0.4.1 snapshot has no healthEndpoint field, then it still has no health API', () => {
    // Arrange: snapshots written before 1.x layouts carried `healthApi: false` instead.
    const { healthEndpoint: _dropped, ...old } = HARBOR_041_LAYOUT;
    const state = createHarborState({ ...old, healthApi: false } as unknown as ComposeLayout, twinTime(0));

    // Act
    const probe = harborHealth(state, ctx(10));

    // Assert
    expect(probe.api).toBe('none');
  });
});
