import { describe, expect, it } from 'vitest';

import { seconds, twinTime } from '../tasks/time';

import { runHarbor } from './__fixtures__/run';
import type { HarborState } from './harbor-state';
import { createHarborState, updateContainer } from './harbor-state';
import type { HealthContext } from './health';
import { harborHealth, UNKNOWN_STATUS } from './health';
import { HARBOR_041_LAYOUT } from './layout-0x';
import { HARBOR_17_LAYOUT, HARBOR_110_LAYOUT } from './layout-1x';
import { HARBOR_2X_LAYOUT } from './layout-2x';
import type { ComposeLayout } from './layout-types';

// harbor.md §3.1: /api/v2.0/health shape, components sorted by name, "unknown status" before the first check,
// checks every 10 s, 200 even when unhealthy; 0.x has no health API (the twin derives a report).
const CLEAN = { logListenDelay: seconds(0) };
const ALL_OK = (): boolean => true;

function ctx(now: number, overrides: Partial<HealthContext> = {}): HealthContext {
  return { now: twinTime(now), vmRunning: true, volumeAccessible: ALL_OK, ...overrides };
}

// Harbor (2.x unless said) after an outage 100–140 and a clean restore: guest up at 163, dockerd 2 s later, starts
// 0.5 s apart with rsyslog listening at once (DEFAULT_DOCKER_TIMINGS but the race) [U], so core starts at 168.
function restored(
  until: number,
  volumeAccessible: (name: string) => boolean = ALL_OK,
  layout: ComposeLayout = HARBOR_2X_LAYOUT,
): HarborState {
  const state = createHarborState(layout, twinTime(0), CLEAN);
  return runHarbor(state, { from: 100, until, step: 1, vmDown: [100, 140], bootedAt: 163, volumeAccessible }).state;
}

// The layouts with a health API, by the endpoint they serve and the components they report (sorted by name).
const API_LAYOUTS: [string, ComposeLayout, string[]][] = [
  [
    '/api/v2.0/health',
    HARBOR_2X_LAYOUT,
    ['core', 'database', 'jobservice', 'portal', 'redis', 'registry', 'registryctl', 'trivy'],
  ],
  ['/api/health', HARBOR_110_LAYOUT, ['core', 'database', 'jobservice', 'portal', 'redis', 'registry', 'registryctl']],
];

describe.each(API_LAYOUTS)('harborHealth (%s)', (endpoint, layout, components) => {
  it('when core has just started, then every component reports "unknown status"', () => {
    // Arrange
    const state = restored(175, ALL_OK, layout);

    // Act
    const probe = harborHealth(state, ctx(175));

    // Assert
    expect(probe).toStrictEqual({
      api: 'v2.0',
      endpoint,
      reachable: true,
      report: {
        status: 'unhealthy',
        components: components.map((name) => ({ name, status: 'unhealthy', error: UNKNOWN_STATUS })),
      },
    });
  });

  it('when the first check has run, then the report is healthy, sorted by name, without error fields', () => {
    // Arrange
    const state = restored(178, ALL_OK, layout);

    // Act
    const probe = harborHealth(state, ctx(178));

    // Assert
    expect(probe).toStrictEqual({
      api: 'v2.0',
      endpoint,
      reachable: true,
      report: { status: 'healthy', components: components.map((name) => ({ name, status: 'healthy' })) },
    });
  });
});

describe('harborHealth (2.x)', () => {
  it.each<[string, Partial<HealthContext>, string | null, string]>([
    ['the VM is down', { vmRunning: false }, null, 'The Harbor host is not reachable'],
    ['nginx is down', {}, 'proxy', 'connect: connection refused (nginx is not running)'],
    ['core is down', {}, 'core', '502 Bad Gateway (harbor-core is not running)'],
  ])('when %s, then the API is unreachable', (_case, overrides, stopped, reason) => {
    // Arrange
    const up = restored(200);
    const state =
      stopped === null ? up : updateContainer(up, stopped, (c) => ({ ...c, status: 'exited', exitCode: 0 }));

    // Act
    const probe = harborHealth(state, ctx(200, overrides));

    // Assert
    expect(probe).toStrictEqual({ api: 'v2.0', endpoint: '/api/v2.0/health', reachable: false, reason });
  });

  it('when the registry data sits on a vDVS volume that becomes inaccessible, then registry and registryctl turn unhealthy at the next check', () => {
    // Arrange
    const volume = 'harbor-registry@vsanDatastore';
    const layout: ComposeLayout = {
      ...HARBOR_2X_LAYOUT,
      services: HARBOR_2X_LAYOUT.services.map((s) => ({
        ...s,
        mounts: s.mounts.map((m) =>
          m.source === '/data/registry' ? { type: 'volume' as const, source: volume, target: m.target } : m,
        ),
      })),
    };
    const healthy = restored(200, ALL_OK, layout);
    const lost = (name: string): boolean => name !== volume;

    // Act
    const after = runHarbor(healthy, { from: 200, until: 210, step: 1, bootedAt: 163, volumeAccessible: lost }).state;
    const probe = harborHealth(after, ctx(210, { volumeAccessible: lost }));

    // Assert
    const unhealthy =
      probe.api === 'v2.0' && probe.reachable ? probe.report.components.filter((c) => c.status === 'unhealthy') : [];
    expect(unhealthy).toStrictEqual([
      {
        name: 'registry',
        status: 'unhealthy',
        error: `volume ${volume} mounted at /storage is inaccessible: input/output error`,
      },
      {
        name: 'registryctl',
        status: 'unhealthy',
        error: `volume ${volume} mounted at /storage is inaccessible: input/output error`,
      },
    ]);
  });
});

// The layouts without a health API, and the services their derived report names (all but log and proxy).
const DERIVED_LAYOUTS: [string, ComposeLayout, string[]][] = [
  ['0.4.1', HARBOR_041_LAYOUT, ['jobservice', 'mysql', 'registry', 'ui']],
  [
    '1.7',
    HARBOR_17_LAYOUT,
    ['adminserver', 'core', 'jobservice', 'portal', 'postgresql', 'redis', 'registry', 'registryctl'],
  ],
];

describe('harborHealth (no health API)', () => {
  it.each(DERIVED_LAYOUTS)(
    'when Harbor %s is running, then there is no health API and the derived report names its services',
    (_version, layout, services) => {
      // Arrange
      const state = createHarborState(layout, twinTime(0));

      // Act
      const probe = harborHealth(state, ctx(10));

      // Assert
      expect(probe).toStrictEqual({
        api: 'none',
        derived: { status: 'healthy', components: services.map((name) => ({ name, status: 'healthy' })) },
      });
    },
  );
});

describe('harborHealth (0.4.1)', () => {
  it('when registry is stuck in Exit 128, then the derived report says so', () => {
    // Arrange
    const state = createHarborState(HARBOR_041_LAYOUT, twinTime(0));
    const raced = runHarbor(state, { from: 100, until: 200, step: 1, vmDown: [100, 140], bootedAt: 163 }).state;

    // Act
    const probe = harborHealth(raced, ctx(200));

    // Assert
    const registry = probe.api === 'none' ? probe.derived.components.find((c) => c.name === 'registry') : undefined;
    expect(registry).toStrictEqual({
      name: 'registry',
      status: 'unhealthy',
      error: 'container deploy_registry_1 is exited (Exit 128)',
    });
  });
});
