import { describe, expect, it } from 'vitest';

import type { Command } from './__fixtures__/harness';
import { run, settledSim, timeline, vmView } from './__fixtures__/harness';
import type { HaVmView } from './types';

// Timelines: vsan-ha.md §3 Timelines and §6 constants. Power-on 3 s and guest boot 20 s are the twin's choices (constants.ts).
// The settled cluster: host-1..3, one datastore each, so host-3 (highest MoID) is primary (§3 Basics).
const T0 = 1000;
const DEAD = 'com.vmware.vc.HA.DasHostFailedEvent';
const RESTARTED = 'com.vmware.vc.ha.VmRestartedByHAEvent';
const ISOLATED = 'com.vmware.vc.HA.DasHostIsolatedEvent';
const NOT_RESPONDING = 'vim.event.HostNotRespondingEvent';
const ISOLATION_POWER_OFF = 'vim.event.VmPowerOffOnIsolationEvent';
const KEY_EVENTS = [DEAD, RESTARTED, ISOLATED, NOT_RESPONDING, ISOLATION_POWER_OFF];

interface Case {
  name: string;
  vm: HaVmView;
  script: Command[];
  events: [number, string][];
  powerOns: [number, string, string][];
}

const CASES: Case[] = [
  {
    // §3: secondary declared dead at T15 (vSAN-only, no heartbeat datastores); restart begins then.
    name: 'a secondary fails',
    vm: vmView('vm-1', 'host-1'),
    script: [{ at: T0, type: 'fail', hostId: 'host-1', kind: 'hostFailure' }],
    events: [
      [T0 + 15, DEAD],
      [T0 + 18, RESTARTED],
      [T0 + 60, NOT_RESPONDING],
    ],
    powerOns: [[T0 + 15, 'vm-1', 'host-2']],
  },
  {
    // §3: master failure, election T10–T25, restarts begin at T35.
    name: 'the primary fails',
    vm: vmView('vm-1', 'host-3'),
    script: [{ at: T0, type: 'fail', hostId: 'host-3', kind: 'hostFailure' }],
    events: [
      [T0 + 35, DEAD],
      [T0 + 38, RESTARTED],
      [T0 + 60, NOT_RESPONDING],
    ],
    powerOns: [[T0 + 35, 'vm-1', 'host-1']],
  },
  {
    // §3: isolation declared at T30. Without heartbeat datastores the primary sees a dead host at T15 and restarts
    // the VM in the partition that keeps vSAN quorum.
    name: 'a secondary is isolated',
    vm: vmView('vm-1', 'host-1'),
    script: [{ at: T0, type: 'fail', hostId: 'host-1', kind: 'isolation' }],
    events: [
      [T0 + 15, DEAD],
      [T0 + 18, RESTARTED],
      [T0 + 30, ISOLATED],
      [T0 + 60, NOT_RESPONDING],
    ],
    powerOns: [[T0 + 15, 'vm-1', 'host-2']],
  },
  {
    // §3: isolation response at T60 powers off what still runs on the isolated host (a VM HA may not restart).
    name: 'a secondary is isolated with a restart-disabled VM',
    vm: { ...vmView('vm-1', 'host-1'), restartPriority: 'disabled' },
    script: [{ at: T0, type: 'fail', hostId: 'host-1', kind: 'isolation' }],
    events: [
      [T0 + 15, DEAD],
      [T0 + 30, ISOLATED],
      [T0 + 60, NOT_RESPONDING],
      [T0 + 60, ISOLATION_POWER_OFF],
    ],
    powerOns: [],
  },
  {
    // §3 KB 322784: a primary declares itself isolated after 5 s; the response follows 30 s later (T35).
    name: 'the primary is isolated',
    vm: vmView('vm-1', 'host-3'),
    script: [{ at: T0, type: 'fail', hostId: 'host-3', kind: 'isolation' }],
    events: [
      [T0 + 5, ISOLATED],
      [T0 + 35, ISOLATION_POWER_OFF],
      [T0 + 35, DEAD],
      [T0 + 38, RESTARTED],
      [T0 + 60, NOT_RESPONDING],
    ],
    powerOns: [[T0 + 35, 'vm-1', 'host-1']],
  },
];

describe('haTick timelines', () => {
  it.each(CASES)('when $name, then the events follow the HA timeline', ({ vm, script, events, powerOns }) => {
    // Arrange
    const sim = settledSim(3, [vm]);

    // Act
    const after = run(sim, script, T0 + 120, 1);

    // Assert
    expect(timeline(after, KEY_EVENTS)).toStrictEqual(events);
    const issued = after.actions.flatMap(({ at, action }) =>
      action.type === 'powerOnVm' ? [[at, action.vmId, action.hostId]] : [],
    );
    expect(issued).toStrictEqual(powerOns);
  });

  it('when a secondary fails, then the VM is powered on at T15 + 3 s and its guest is up 20 s later', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')]);

    // Act
    const after = run(sim, [{ at: T0, type: 'fail', hostId: 'host-1', kind: 'hostFailure' }], T0 + 60, 1);

    // Assert
    const poweredOn = after.actions.find(({ action }) => action.type === 'vmPoweredOn');
    expect(poweredOn).toStrictEqual({
      at: T0 + 18,
      action: {
        type: 'vmPoweredOn',
        vmId: 'vm-1',
        hostId: 'host-2',
        taskKey: 'ha-restart:vm-1:1',
        guestBootedAt: T0 + 38,
      },
    });
    expect(after.events.find((e) => e.typeId === RESTARTED)?.message).toBe(
      'vSphere HA restarted virtual machine photon-harbor on host 10.162.102.131 in cluster vSAN-Cluster',
    );
  });

  it('when HA is disabled and a host fails, then its VMs stay down and only vCenter reacts at 60 s', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-1')]);
    sim.ha = { ...sim.ha, enabled: false, primaryHostId: null, primaryReadyAt: null };

    // Act
    const after = run(sim, [{ at: T0, type: 'fail', hostId: 'host-1', kind: 'hostFailure' }], T0 + 3600, 10);

    // Assert
    expect(timeline(after)).toStrictEqual([[T0 + 60, NOT_RESPONDING]]);
    expect(after.actions.map(({ action }) => action.type)).toStrictEqual(['triggerAlarm']);
    expect(after.vms[0]?.powerState).toBe('poweredOff');
  });

  it('when the primary fails, then the survivors hold an election and the highest MoID becomes primary at T25', () => {
    // Arrange
    const sim = settledSim(3, [vmView('vm-1', 'host-3')]);

    // Act
    const during = run(sim, [{ at: T0, type: 'fail', hostId: 'host-3', kind: 'hostFailure' }], T0 + 24, 1);
    const elected = run(during, [], T0 + 25, 1);

    // Assert
    expect(during.ha.hosts.map((h) => h.fdm)).toStrictEqual(['election', 'election', 'fdmUnreachable']);
    expect(elected.ha.hosts.map((h) => h.fdm)).toStrictEqual(['connectedToMaster', 'master', 'fdmUnreachable']);
    expect(elected.ha.primaryHostId).toBe('host-2');
  });
});
