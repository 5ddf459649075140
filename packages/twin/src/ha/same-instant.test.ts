import { describe, expect, it } from 'vitest';

import { twinTime } from '../tasks/time';

import type { Command, Sim } from './__fixtures__/harness';
import { run, settledSim, vmView } from './__fixtures__/harness';
import { onHostFailure } from './host-faults';
import { haTick } from './tick';
import type { PowerOnCheck } from './types';

// vsan-ha.md §3 Restart behaviour: "The master places VMs on the host with the most unreserved capacity" — among the
// hosts that are up. A host that fails at an instant is down for every action at that instant, so HA never starts or
// finishes a power-on on it then (issue #18 point 7; found by the property test with fast-check seed -1022000482).

// The property test's stand-in for vSAN accessibility with seed 0: it refuses host-4 for every VM.
const refusesHost4: PowerOnCheck = (vm, host) =>
  (vm.length * 7 + host.length * 13 + Number(host.at(-1))) % 5 === 0 ? 'inaccessible' : true;

function fiveHosts(): Sim {
  const vms = Array.from({ length: 6 }, (_, i) => vmView(`vm-${i + 1}`, `host-${(i % 5) + 1}`));
  return settledSim(5, vms, refusesHost4);
}

describe('a host failing at the instant HA restarts a VM', () => {
  it('when host-4 fails at 181 and host-1 at 196 (T15 of host-4), then vm-4 restarts at 196 on a live host, not on host-1', () => {
    // Arrange
    const script: Command[] = [
      { at: 196, type: 'fail', hostId: 'host-1', kind: 'hostFailure' },
      { at: 181, type: 'fail', hostId: 'host-4', kind: 'hostFailure' },
    ];

    // Act
    const after = run(fiveHosts(), script, 400, 1, refusesHost4);

    // Assert
    const powerOns = after.actions.flatMap(({ at, action }) =>
      action.type === 'powerOnVm' && action.vmId === 'vm-4' ? [[at, action.hostId, action.attempt]] : [],
    );
    expect(powerOns).toStrictEqual([[196, 'host-2', 1]]);
    expect(
      after.actions.filter(({ at, action }) => at >= 196 && 'hostId' in action && action.hostId === 'host-1'),
    ).toStrictEqual([]);
  });

  it('when a host fails at the instant a power-on started on it, then HA withdraws it without using an attempt and places it on a live host', () => {
    // Arrange: HA has just chosen host-1 for vm-4 at 196 (T15 of host-4), before host-1's failure at 196 arrives.
    const placed = run(
      fiveHosts(),
      [{ at: 181, type: 'fail', hostId: 'host-4', kind: 'hostFailure' }],
      196,
      1,
      refusesHost4,
    );
    const at = twinTime(196);
    const view = { hosts: placed.hosts, vms: placed.vms, canPowerOnOn: refusesHost4 };

    // Act
    const failed = onHostFailure(placed.ha, at, {
      hostId: 'host-1',
      kind: 'hostFailure',
      runningVmIds: ['vm-1', 'vm-6'],
    });
    const replaced = haTick(failed.state, view, at);

    // Assert
    expect(placed.actions.at(-1)?.action).toMatchObject({ type: 'powerOnVm', vmId: 'vm-4', hostId: 'host-1' });
    expect(failed.actions).toStrictEqual([
      {
        type: 'powerOnFailed',
        vmId: 'vm-4',
        hostId: 'host-1',
        taskKey: 'ha-restart:vm-4:1',
        reason: 'Host 10.162.102.130 failed as the power-on started',
      },
    ]);
    expect(replaced.actions).toStrictEqual([
      { type: 'powerOnVm', vmId: 'vm-4', hostId: 'host-2', attempt: 1, taskKey: 'ha-restart:vm-4:1', completesAt: 199 },
    ]);
  });

  it('when a host fails a second after a power-on started on it, then that attempt fails at the end of the power-on as before', () => {
    // Arrange
    const placed = run(
      fiveHosts(),
      [{ at: 181, type: 'fail', hostId: 'host-4', kind: 'hostFailure' }],
      197,
      1,
      refusesHost4,
    );

    // Act
    const failed = onHostFailure(placed.ha, twinTime(197), { hostId: 'host-1', kind: 'hostFailure', runningVmIds: [] });

    // Assert
    expect(failed.actions).toStrictEqual([]);
    expect(failed.state.restarts.find((r) => r.vmId === 'vm-4')?.inFlight?.hostId).toBe('host-1');
  });
});
