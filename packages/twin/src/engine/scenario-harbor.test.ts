import { describe, expect, it } from 'vitest';

import { harborHealth } from '../harbor/health';
import type { LayoutId } from '../harbor/layout-types';

import type { Drive } from './__fixtures__/drive';
import { drive, EPOCH, scenario } from './__fixtures__/drive';
import { harborContext } from './harbor-bridge';
import { harborView } from './queries';
import { createScenario } from './scenario';
import type { TwinState } from './state';

// createScenario's `harborVersion`: Harbor's compose layout on the Docker VM. Facts: harbor.md §0 (0.4.1 is the seed
// and the default), §1 (restart: always, so dockerd restores every container after the HA restart), §3.1 History
// (/api/health from 1.8.0, none before; "unknown status" until the first check 10 s after core starts);
// vsan-ha.md §3 (HA restarts the VM of a failed host on a surviving one).

/** HA on and settled, then host .130 (where the Harbor VM runs) powers off. */
function hostLost(version: LayoutId): Drive {
  const ready = drive(
    scenario({ harborVersion: version }),
    { type: 'setHaEnabled', enabled: true },
    { type: 'advance', seconds: 30 },
  );
  return drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' }, { type: 'advance', seconds: 10 });
}

function endpointOf(state: TwinState): string | null {
  const probe = harborHealth(state.harbor.state, harborContext(state, state.clock.now));
  return probe.api === 'none' ? null : probe.endpoint;
}

describe('createScenario with harborVersion', () => {
  it('when 1.10 is asked for, then the Docker VM runs Harbor 1.10.1 from a compose file of its own', () => {
    // Arrange / Act
    const state = scenario({ harborVersion: '1.10' });
    const harbor = harborView(state);

    // Assert
    expect([harbor.layout, harbor.harborVersion, harbor.status, endpointOf(state)]).toStrictEqual([
      '1.10',
      'v1.10.1',
      'healthy',
      '/api/health',
    ]);
    expect(harbor.services.map((s) => [s.name, s.container, s.state])).toStrictEqual([
      ['log', 'harbor-log', 'running'],
      ['registry', 'registry', 'running'],
      ['registryctl', 'registryctl', 'running'],
      ['postgresql', 'harbor-db', 'running'],
      ['core', 'harbor-core', 'running'],
      ['portal', 'harbor-portal', 'running'],
      ['jobservice', 'harbor-jobservice', 'running'],
      ['redis', 'redis', 'running'],
      ['proxy', 'nginx', 'running'],
    ]);
    expect(harbor.composeText.startsWith("version: '2.3'\nservices:\n  log:\n")).toBe(true);
  });

  it('when no version is asked for, then the state is exactly the 0.4.1 walkthrough', () => {
    // Arrange / Act
    const byDefault = scenario();
    const explicit = scenario({ harborVersion: '0.4.1' });

    // Assert
    expect([byDefault.harbor.state.layout.id, JSON.stringify(explicit)]).toStrictEqual([
      '0.4.1',
      JSON.stringify(byDefault),
    ]);
  });

  it('when the version is unknown, then it throws a RangeError naming harborVersion', () => {
    // Arrange
    const options = { scenario: 'walkthrough', seed: 1, startEpochMs: EPOCH, harborVersion: '1.8' } as const;

    // Act / Assert
    expect(() => createScenario(options as unknown as Parameters<typeof createScenario>[0])).toThrow(
      /harborVersion must be one of 0\.4\.1, 0\.5\.0, 1\.7, 1\.10, 2\.x, got 1\.8/,
    );
  });
});

describe('Harbor 1.10 through an HA restart', () => {
  const lost = hostLost('1.10');
  const back = drive(lost.state, { type: 'advance', seconds: 60 });

  it('when its VM has powered off with the host, then /api/health is unreachable and every service is down', () => {
    // Arrange / Act
    const harbor = harborView(lost.state);

    // Assert
    expect([lost.state.topology.vms[0]?.power, harbor.status, harbor.unreachable]).toStrictEqual([
      'poweredOff',
      'unhealthy',
      'The Harbor host is not reachable',
    ]);
    expect(harbor.services.every((s) => s.state === 'exited' && s.exitCode === 255 && !s.healthy)).toBe(true);
  });

  it('when HA has restarted the VM on another host, then every container is back and /api/health is healthy', () => {
    // Arrange / Act
    const harbor = harborView(back.state);

    // Assert
    expect([back.state.topology.vms[0]?.hostId, harbor.status, harbor.unreachable]).toStrictEqual([
      'host-2',
      'healthy',
      null,
    ]);
    expect(harbor.services.every((s) => s.state === 'running' && s.healthy)).toBe(true);
    expect(harbor.components.map((c) => [c.name, c.status])).toStrictEqual(
      ['core', 'database', 'jobservice', 'portal', 'redis', 'registry', 'registryctl'].map((n) => [n, 'healthy']),
    );
  });

  it('when the same seed and commands run twice, then states and events are JSON-equal', () => {
    // Arrange / Act
    const again = drive(hostLost('1.10').state, { type: 'advance', seconds: 60 });

    // Assert
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(back.state));
    expect(JSON.stringify([...hostLost('1.10').events])).toBe(JSON.stringify(lost.events));
  });
});

describe('Harbor 1.7 through an HA restart', () => {
  it('when HA has restarted the VM, then health, derived from containers (no API before 1.8), is healthy again', () => {
    // Arrange
    const lost = hostLost('1.7');

    // Act
    const back = drive(lost.state, { type: 'advance', seconds: 60 }).state;

    // Assert
    expect([harborView(lost.state).status, harborView(back).status, endpointOf(back)]).toStrictEqual([
      'unhealthy',
      'healthy',
      null,
    ]);
    expect(harborView(back).services.map((s) => s.name)).toContain('adminserver');
  });
});
