import { describe, expect, it } from 'vitest';
import { seconds, twinTime } from '../tasks/time';
import { runHarbor } from './__fixtures__/run';
import { harborTick } from './harbor-tick';
import { createHarborState } from './harbor-state';
import type { HealthContext } from './health';
import { UNKNOWN_STATUS, harborHealth, primeHealth } from './health';
import { HARBOR_041_LAYOUT } from './layout-0x';
import { HARBOR_110_LAYOUT, HARBOR_17_LAYOUT } from './layout-1x';
import type { ComposeLayout } from './layout-types';

// harbor.md §3.1 History: no health API before 1.8.0 (health derived from container state), `/api/health` from
// 1.8.0 in the same model as 2.x (§3.1 shape, "unknown status" first, checks every 10 s). Outage 100–140, guest up at
// 163, dockerd 2 s later, starts 0.5 s apart with rsyslog listening at once (DEFAULT_DOCKER_TIMINGS but the race) [U].
const CLEAN = { logListenDelay: seconds(0) };
const OUTAGE = { vmDown: [100, 140] as [number, number], bootedAt: 163 };
const API_COMPONENTS = ['core', 'database', 'jobservice', 'portal', 'redis', 'registry', 'registryctl'];

function ctx(now: number, overrides: Partial<HealthContext> = {}): HealthContext {
  return { now: twinTime(now), vmRunning: true, volumeAccessible: () => true, ...overrides };
}

function restored(layout: ComposeLayout, until: number): ReturnType<typeof createHarborState> {
  const state = createHarborState(layout, twinTime(0), CLEAN);
  return runHarbor(state, { from: 100, until, step: 1, ...OUTAGE }).state;
}

describe('harborHealth (1.7: no health API)', () => {
  it('when Harbor 1.7 runs, then there is no API and the derived report names every service but log and proxy', () => {
    // Arrange
    const state = createHarborState(HARBOR_17_LAYOUT, twinTime(0));

    // Act
    const probe = harborHealth(state, ctx(10));

    // Assert
    expect(probe).toStrictEqual({
      api: 'none',
      derived: {
        status: 'healthy',
        components: [
          'adminserver',
          'core',
          'jobservice',
          'portal',
          'postgresql',
          'redis',
          'registry',
          'registryctl',
        ].map((name) => ({ name, status: 'healthy' })),
      },
    });
  });

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
  // Start order log, registry, registryctl, postgresql, portal, redis, core, …: core starts at 165 + 6 × 0.5 = 168.
  it('when core has just started, then /api/health answers "unknown status" for every component', () => {
    // Arrange
    const state = restored(HARBOR_110_LAYOUT, 175);

    // Act
    const probe = harborHealth(state, ctx(175));

    // Assert
    expect(probe).toStrictEqual({
      api: 'v2.0',
      endpoint: '/api/health',
      reachable: true,
      report: {
        status: 'unhealthy',
        components: API_COMPONENTS.map((name) => ({ name, status: 'unhealthy', error: UNKNOWN_STATUS })),
      },
    });
  });

  it('when the first check has run, then /api/health reports every component healthy', () => {
    // Arrange
    const state = restored(HARBOR_110_LAYOUT, 178);

    // Act
    const probe = harborHealth(state, ctx(178));

    // Assert
    expect(probe).toStrictEqual({
      api: 'v2.0',
      endpoint: '/api/health',
      reachable: true,
      report: { status: 'healthy', components: API_COMPONENTS.map((name) => ({ name, status: 'healthy' })) },
    });
  });

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
