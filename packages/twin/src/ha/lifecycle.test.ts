import { describe, expect, it } from 'vitest';

import { twinTime } from '../tasks/time';

import { run, settledSim, timeline, vmView } from './__fixtures__/harness';
import { setHaEnabled, TOO_FEW_HOSTS_ERROR } from './enable';
import { FDM_STATE_LABELS } from './fdm-state';
import { createHaState } from './ha-state';
import { onHostRecovered } from './host-faults';
import { haTick } from './tick';
import type { HaClusterView } from './types';

// vsan-ha.md §3 Basics: HA on vSAN needs >= 3 hosts; a ~15 s election; primary = most datastores, ties highest MoID.
const CLUSTER = { id: 'cluster-1', name: 'vSAN-Cluster', datacenterName: 'Datacenter' };
const T = twinTime;

function cluster(hostCount: number): ReturnType<typeof createHaState> {
  const hosts = Array.from({ length: hostCount }, (_, i) => ({ id: `host-${i + 1}`, name: `10.162.102.${130 + i}` }));
  return createHaState({ cluster: CLUSTER, hosts });
}

function view(datastores: number[]): HaClusterView {
  return {
    hosts: datastores.map((n, i) => ({
      id: `host-${i + 1}`,
      connectedDatastores: n,
      cpuCapacityMhz: 20800,
      memoryCapacityMb: 65536,
      cpuReservedMhz: 0,
      memoryReservedMb: 0,
    })),
    vms: [],
    canPowerOnOn: () => true,
  };
}

describe('setHaEnabled', () => {
  it.each([
    [2, true, TOO_FEW_HOSTS_ERROR],
    [2, false, undefined],
    [3, true, undefined],
  ])('when %i hosts enable HA with vSAN=%s, then the error is %s', (hosts, vsanEnabled, error) => {
    // Arrange
    const state = cluster(hosts);

    // Act
    const result = setHaEnabled(state, T(0), { enabled: true, vsanEnabled });

    // Assert
    expect(result.error).toBe(error);
    expect(result.state.enabled).toBe(error === undefined);
  });

  it('when HA is enabled, then every host is in election and after 15 s the primary is chosen', () => {
    // Arrange
    const enabled = setHaEnabled(cluster(3), T(0), { enabled: true, vsanEnabled: true });

    // Act
    const before = haTick(enabled.state, view([1, 2, 1]), T(14));
    const after = haTick(before.state, view([1, 2, 1]), T(15));

    // Assert
    expect(enabled.events[0]?.typeId).toBe('vim.event.DasEnabledEvent');
    expect(before.state.hosts.map((h) => FDM_STATE_LABELS[h.fdm])).toStrictEqual(['Election', 'Election', 'Election']);
    expect(after.state.hosts.map((h) => FDM_STATE_LABELS[h.fdm])).toStrictEqual([
      'Connected (Secondary)',
      'Running (Primary)',
      'Connected (Secondary)',
    ]);
  });

  it('when HA is disabled, then hosts show N/A and queued restarts are dropped', () => {
    // Arrange
    const sim = run(
      settledSim(3, [vmView('vm-1', 'host-1')], () => 'inaccessible'),
      [{ at: 1000, type: 'fail', hostId: 'host-1', kind: 'hostFailure' }],
      1020,
      1,
      () => 'inaccessible',
    );

    // Act
    const result = setHaEnabled(sim.ha, T(1020), { enabled: false, vsanEnabled: true });

    // Assert
    expect(result.state.restarts).toStrictEqual([]);
    expect(result.state.hosts.map((h) => FDM_STATE_LABELS[h.fdm])).toStrictEqual(['N/A', 'N/A', 'N/A']);
    expect(result.events.map((e) => e.typeId)).toStrictEqual(['vim.event.DasDisabledEvent']);
  });
});

describe('onHostRecovered', () => {
  it('when a failed secondary comes back after Not Responding, then vCenter reconnects it and it rejoins as secondary', () => {
    // Arrange
    const sim = run(settledSim(3, []), [{ at: 1000, type: 'fail', hostId: 'host-1', kind: 'hostFailure' }], 1100, 5);

    // Act
    const result = onHostRecovered(sim.ha, T(1200), { hostId: 'host-1' });

    // Assert
    expect(result.state.hosts[0]).toStrictEqual({
      id: 'host-1',
      name: '10.162.102.130',
      fdm: 'connectedToMaster',
      connection: 'connected',
      fault: null,
    });
    expect(result.events.map((e) => e.typeId)).toStrictEqual([
      'vim.event.HostConnectedEvent',
      'com.vmware.vc.HA.HostStateChangedEvent',
    ]);
    expect(result.actions.map((a) => (a.type === 'clearAlarm' ? a.name : a.type))).toStrictEqual([
      'Host connection and power state',
      'vSphere HA host status',
    ]);
  });

  it('when an isolated secondary heals before the isolation response, then nothing is powered off', () => {
    // Arrange
    const vm = { ...vmView('vm-1', 'host-1'), restartPriority: 'disabled' as const };
    const sim = settledSim(3, [vm]);

    // Act
    const after = run(
      sim,
      [
        { at: 1000, type: 'fail', hostId: 'host-1', kind: 'isolation' },
        { at: 1040, type: 'recover', hostId: 'host-1' },
      ],
      1200,
      1,
    );

    // Assert
    expect(timeline(after, ['vim.event.VmPowerOffOnIsolationEvent', 'vim.event.HostNotRespondingEvent'])).toStrictEqual(
      [],
    );
    expect(after.vms[0]?.powerState).toBe('poweredOn');
  });

  it('when every host was lost and one returns, then it is primary 15 s later and declares the others dead 10 s after', () => {
    // Arrange
    const script = ['host-1', 'host-2', 'host-3'].map(
      (hostId) => ({ at: 1000, type: 'fail', hostId, kind: 'hostFailure' }) as const,
    );
    const sim = run(settledSim(3, []), script, 1100, 5);

    // Act
    const elected = run(sim, [{ at: 1200, type: 'recover', hostId: 'host-2' }], 1215, 1);
    const declared = run(elected, [], 1225, 1);

    // Assert
    expect(elected.ha.hosts.map((h) => h.fdm)).toStrictEqual(['fdmUnreachable', 'master', 'fdmUnreachable']);
    expect(declared.ha.hosts.map((h) => h.fdm)).toStrictEqual(['hostDown', 'master', 'hostDown']);
  });
});
