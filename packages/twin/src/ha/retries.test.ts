import { describe, expect, it } from 'vitest';

import { hostView, run, settledSim, timeline, vmView } from './__fixtures__/harness';
import { MAX_CONCURRENT_POWER_ONS_PER_HOST } from './constants';
import type { PowerOnCheck } from './types';

// vsan-ha.md §3 Restart behaviour: das.maxvmrestartcount = 5 attempts at T0, T2m, T6m, T14m, T30m; at most 32
// concurrent power-ons per host; with vSAN a VM restarts only where its objects are accessible (the check).
const T0 = 1000;
const DEAD_AT = T0 + 15;
const FAILED = 'vim.event.VmFailoverFailed';
const GAVE_UP = 'vim.event.VmMaxRestartCountReached';
const RESTARTED = 'com.vmware.vc.ha.VmRestartedByHAEvent';
const INACCESSIBLE: PowerOnCheck = () => 'vSAN object of the virtual machine is inaccessible';
const crash = (hostId: string) => ({ at: T0, type: 'fail', hostId, kind: 'hostFailure' }) as const;

describe('restart retries', () => {
  it('when the VM objects stay inaccessible, then HA tries 5 times on the documented schedule and gives up', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')], INACCESSIBLE);

    // Act
    const after = run(sim, [crash('host-1')], T0 + 3600, 5, INACCESSIBLE);

    // Assert
    expect(timeline(after, [FAILED, GAVE_UP, RESTARTED])).toStrictEqual([
      [DEAD_AT, FAILED],
      [DEAD_AT + 120, FAILED],
      [DEAD_AT + 360, FAILED],
      [DEAD_AT + 840, FAILED],
      [DEAD_AT + 1800, GAVE_UP],
    ]);
    expect(after.ha.restarts).toStrictEqual([]);
    expect(after.vms[0]?.powerState).toBe('poweredOff');
  });

  it('when the last attempt fails, then the failover-failed alarm is red on the VM', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')], INACCESSIBLE);

    // Act
    const after = run(sim, [crash('host-1')], T0 + 3600, 5, INACCESSIBLE);

    // Assert
    const alarms = after.actions.filter(({ at }) => at >= DEAD_AT + 1800).map(({ action }) => action);
    expect(alarms).toContainEqual({
      type: 'triggerAlarm',
      name: 'vSphere HA virtual machine failover failed',
      entity: { type: 'VirtualMachine', id: 'vm-1', name: 'photon-harbor' },
      status: 'red',
    });
  });

  it('when the objects become accessible before the third attempt, then that attempt restarts the VM', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')]);
    const blocked = run(sim, [crash('host-1')], T0 + 300, 5, INACCESSIBLE);

    // Act
    const after = run(blocked, [], T0 + 600, 5, () => true);

    // Assert
    expect(timeline(after, [FAILED, RESTARTED])).toStrictEqual([
      [DEAD_AT, FAILED],
      [DEAD_AT + 120, FAILED],
      [DEAD_AT + 363, RESTARTED],
    ]);
  });

  it('when only one host would pass the check, then HA restarts the VM there', () => {
    // Arrange
    const onlyHost3: PowerOnCheck = (_vm, host) => (host === 'host-3' ? true : 'not accessible from this partition');
    const sim = settledSim(3, [vmView('vm-1', 'host-1')], onlyHost3);

    // Act
    const after = run(sim, [crash('host-1')], T0 + 60, 1, onlyHost3);

    // Assert
    expect([after.vms[0]?.hostId, after.vms[0]?.powerState]).toStrictEqual(['host-3', 'poweredOn']);
  });
});

describe('restart placement and concurrency', () => {
  it('when surviving hosts differ in reserved memory, then the VM goes to the one with most unreserved capacity', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')]);
    sim.hosts = [hostView('host-1'), hostView('host-2', 40000), hostView('host-3', 8000)];

    // Act
    const after = run(sim, [crash('host-1')], T0 + 60, 1);

    // Assert
    expect([after.vms[0]?.hostId, after.vms[0]?.powerState]).toStrictEqual(['host-3', 'poweredOn']);
  });

  it('when more VMs need restarting than the survivors have power-on slots, then the rest wait for a free slot', () => {
    // Arrange
    const count = 2 * MAX_CONCURRENT_POWER_ONS_PER_HOST + 6;
    const vms = Array.from({ length: count }, (_, i) => vmView(`vm-${String(i + 1).padStart(3, '0')}`, 'host-1'));
    const sim = settledSim(3, vms);

    // Act
    const after = run(sim, [crash('host-1')], T0 + 60, 1);

    // Assert
    const powerOnsAt = (t: number): number =>
      after.actions.filter(({ at, action }) => at === t && action.type === 'powerOnVm').length;
    expect([powerOnsAt(DEAD_AT), powerOnsAt(DEAD_AT + 3)]).toStrictEqual([2 * MAX_CONCURRENT_POWER_ONS_PER_HOST, 6]);
    expect(after.vms.every((v) => v.powerState === 'poweredOn' && v.hostId !== 'host-1')).toBe(true);
  });

  it('when VMs have different restart priorities, then the higher priority is powered on first', () => {
    // Arrange
    const vms = [
      { ...vmView('vm-a', 'host-1'), restartPriority: 'low' as const },
      { ...vmView('vm-b', 'host-1'), restartPriority: 'highest' as const },
    ];
    const sim = settledSim(3, vms);

    // Act
    const after = run(sim, [crash('host-1')], T0 + 30, 1);

    // Assert
    const order = after.actions.flatMap(({ action }) => (action.type === 'powerOnVm' ? [action.vmId] : []));
    expect(order).toStrictEqual(['vm-b', 'vm-a']);
  });
});
