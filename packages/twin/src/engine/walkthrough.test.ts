import { describe, expect, it } from 'vitest';

import { drive, objectOf, walkthroughReady } from './__fixtures__/drive';
import { clusterSummary, harborView, resyncView, volumeView, vsanObjectView } from './queries';
import { objectView } from './queries/objects';
import type { TwinState } from './state';

// THE scenario (issue point 10): the walkthrough end to end on 3 hosts, seed 1. Facts: vsan-ha.md §1 Quorum and
// votes [D] (3 hosts, FTT=1: accessible, delay timer then no rebuild), §2 Absent vs Degraded and Repair delay timer,
// §3 Timelines (secondary T15 / primary T35) and Basics (election: most datastores, then highest MoID);
// vdvs.md §1 (create), §7 (attach as Hard disk N); harbor.md §1 (restart: always after the boot).
const VOLUMES = ['vsanvol1', 'vsanvol2', 'vsanvol3'];
const GIB = 1024 ** 3;

function statesOnHost(state: TwinState, volume: string, hostId: string): string[] {
  return objectOf(state, volume)
    .components.filter((c) => c.hostId === hostId)
    .map((c) => c.state);
}

function health(state: TwinState): string[] {
  return VOLUMES.map((v) => objectView(state, objectOf(state, v)).health);
}

function bytesToSync(state: TwinState): number {
  return VOLUMES.flatMap((v) => objectOf(state, v).components).reduce((n, c) => n + c.bytesToSync, 0);
}

describe('the walkthrough: Harbor on vDVS volumes survives the loss of host .130', () => {
  const ready = walkthroughReady();
  const failedAt = ready.state.clock.now;
  const off = drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' });

  it('when the volumes are attached to Harbor, then they are Hard disk 2, 3 and 4 of the Docker VM in order', () => {
    // vdvs.md §7: hot-add on PVSCSI, one more than the highest "Hard disk N".
    const vm = ready.state.topology.vms[0];

    expect(vm?.disks.map((d) => [d.label, d.volumeName])).toStrictEqual([
      ['Hard disk 1', null],
      ['Hard disk 2', 'vsanvol1@vsanDatastore'],
      ['Hard disk 3', 'vsanvol2@vsanDatastore'],
      ['Hard disk 4', 'vsanvol3@vsanDatastore'],
    ]);
    expect(VOLUMES.map((v) => volumeView(ready.state, v)?.vdvsStatus['attached to VM'])).toStrictEqual([
      'photon-harbor',
      'photon-harbor',
      'photon-harbor',
    ]);
  });

  it('when vsanvol3 uses SW=2, then it is two RAID-0 stripes of two components inside RAID-1, on two hosts, with a witness on the third', () => {
    // vsan-ha.md §1 Components, layout tree (stripe width) and Quorum and votes (witness on a free fault domain).
    const o = objectOf(ready.state, 'vsanvol3');
    const hostOf = (uuid: string): string | undefined => o.components.find((c) => c.uuid === uuid)?.hostId;
    const replicas = o.layout.type === 'Component' ? [] : o.layout.children;
    const replicaHosts = replicas.map((r) =>
      r.type === 'RAID_0'
        ? [...new Set(r.children.map((leaf) => (leaf.type === 'Component' ? hostOf(leaf.componentUuid) : '?')))]
        : [],
    );
    const witnesses = o.components.filter((c) => c.type === 'Witness');

    expect(o.layout.type).toBe('RAID_1');
    expect(replicas.map((r) => [r.type, r.type === 'Component' ? 0 : r.children.length])).toStrictEqual([
      ['RAID_0', 2],
      ['RAID_0', 2],
    ]);
    expect(replicaHosts.map((h) => h.length)).toStrictEqual([1, 1]);
    expect(new Set([...replicaHosts.flat(), ...witnesses.map((w) => w.hostId)]).size).toBe(3);
    expect(witnesses).toHaveLength(1);
  });

  it('when host .130 (a secondary: host-3 .132 won the election) powers off, then HA declares it dead and starts the restart 15 s later', () => {
    // vsan-ha.md §3 Basics: one datastore each, so the highest MoID (host-3) is primary; §3 Timelines: a failed
    // secondary is declared dead and restarts begin at T15 (T35 would apply had the primary failed).
    const later = drive(off.state, { type: 'advance', seconds: 60 });
    const at = (typeId: string): number[] =>
      later.events.filter((e) => e.typeId === typeId).map((e) => e.time - failedAt);
    const powerOnTasks = later.state.tasks.tasks.filter((t) => t.name === 'Power On virtual machine');

    expect(ready.state.ha.primaryHostId).toBe('host-3');
    expect(at('com.vmware.vc.HA.DasHostFailedEvent')).toStrictEqual([15]);
    expect(powerOnTasks.map((t) => [t.queuedAt - failedAt, t.state, t.initiator])).toStrictEqual([
      [15, 'success', 'System'],
    ]);
    expect(at('com.vmware.vc.ha.VmRestartedByHAEvent')).toStrictEqual([18]);
    expect(at('vim.event.HostNotRespondingEvent')).toStrictEqual([60]);
    expect(later.state.topology.vms[0]?.hostId).toBe('host-2');
  });

  it('when the host is down, then exactly its components of each volume are ABSENT and every volume stays accessible', () => {
    // vsan-ha.md §2: host power-off → ABSENT; §1: FTT=1 on 3 hosts keeps >50% votes and an intact copy.
    const others = VOLUMES.flatMap((v) => [
      ...statesOnHost(off.state, v, 'host-2'),
      ...statesOnHost(off.state, v, 'host-3'),
    ]);

    expect(VOLUMES.map((v) => statesOnHost(off.state, v, 'host-1').every((s) => s === 'ABSENT'))).toStrictEqual([
      true,
      true,
      true,
    ]);
    expect(VOLUMES.map((v) => statesOnHost(off.state, v, 'host-1').length > 0)).toStrictEqual([true, true, true]);
    expect(new Set(others)).toStrictEqual(new Set(['ACTIVE']));
    expect(VOLUMES.map((v) => volumeView(off.state, v)?.object.accessible)).toStrictEqual([true, true, true]);
  });

  it('when the repair timer runs out with no spare fault domain, then health goes from delay timer to no rebuild', () => {
    // vsan-ha.md §1 [D]: 3 hosts, 1 lost: "reducedavailabilitywithnorebuilddelaytimer for the first 60 minutes, then
    // reducedavailabilitywithnorebuild"; §2 Repair delay timer 3600 s.
    const tenMinutes = drive(off.state, { type: 'advance', seconds: 600 });
    const pastTimer = drive(tenMinutes.state, { type: 'advance', seconds: 3000 });

    expect(health(tenMinutes.state)).toStrictEqual(VOLUMES.map(() => 'reducedavailabilitywithnorebuilddelaytimer'));
    expect(clusterSummary(tenMinutes.state).repairTimer.outcome).toBe('no spare fault domain: components stay Absent');
    expect(health(pastTimer.state)).toStrictEqual(VOLUMES.map(() => 'reducedavailabilitywithnorebuild'));
    const volumeObject = (v: string) =>
      vsanObjectView(pastTimer.state, volumeView(pastTimer.state, v)?.object.uuid ?? '');
    expect(VOLUMES.map((v) => volumeObject(v)?.repairNote)).toStrictEqual(VOLUMES.map(() => 'no spare fault domain'));
    expect(
      pastTimer.events.filter((e) => e.typeId === 'com.harborview.vsan.RebuildBlocked').map((e) => e.time - failedAt),
    ).toStrictEqual([3600]);
    expect(VOLUMES.map((v) => statesOnHost(pastTimer.state, v, 'host-1').every((s) => s === 'ABSENT'))).toStrictEqual([
      true,
      true,
      true,
    ]);
  });

  it('when the VM has restarted on .131 and the guest booted, then Harbor is healthy again on its volumes', () => {
    // harbor.md §1 Restart policy: restart: always brings every container back after the boot.
    const later = drive(off.state, { type: 'advance', seconds: 60 });
    const harbor = harborView(later.state);

    expect(harborView(off.state).status).toBe('unhealthy');
    expect(harbor.status).toBe('healthy');
    expect(harbor.services.map((s) => [s.name, s.state])).toStrictEqual(
      ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((n) => [n, 'running']),
    );
    expect(
      harbor.services.flatMap((s) => s.mounts.filter((m) => m.kind === 'volume').map((m) => [m.volume, m.accessible])),
    ).toStrictEqual([
      ['vsanvol1@vsanDatastore', true],
      ['vsanvol2@vsanDatastore', true],
      ['vsanvol3@vsanDatastore', true],
    ]);
    expect(harbor.findings).toStrictEqual([]);
  });

  it('when .130 is powered back on after writes, then its components resync (bytesToSync counts down) and all end ACTIVE', () => {
    // vsan-ha.md §2 Repair delay timer: "when a host comes back ... vSAN only resyncs the delta";
    // [D] sequence ABSENT → ABSENT_RESYNC with bytesToSync > 0 → ACTIVE.
    const written = drive(
      off.state,
      { type: 'advance', seconds: 60 },
      ...VOLUMES.map((volume) => ({ type: 'writeData', volume, bytes: GIB })),
      { type: 'advance', seconds: 3600 },
      { type: 'powerHost', hostId: 'host-1', state: 'on' },
      { type: 'advance', seconds: 120 },
    );
    const first = bytesToSync(written.state);
    const later = drive(written.state, { type: 'advance', seconds: 5 });
    const done = drive(later.state, { type: 'advance', seconds: 600 });

    expect(VOLUMES.flatMap((v) => statesOnHost(written.state, v, 'host-1')).some((s) => s === 'ABSENT_RESYNC')).toBe(
      true,
    );
    expect(first).toBeGreaterThan(0);
    expect(bytesToSync(later.state)).toBeLessThan(first);
    expect(bytesToSync(later.state)).toBeGreaterThan(0);
    expect(resyncView(later.state).totalObjects).toBeGreaterThan(0);
    expect(new Set(VOLUMES.flatMap((v) => objectOf(done.state, v).components.map((c) => c.state)))).toStrictEqual(
      new Set(['ACTIVE']),
    );
    expect(bytesToSync(done.state)).toBe(0);
    expect(health(done.state)).toStrictEqual(VOLUMES.map(() => 'healthy'));
    expect(done.state.alarms.alarms).toStrictEqual([]);
  });

  it('when the events are read back, then their ids increase by one and their times never go backwards', () => {
    // vsan-ha.md §3 Events and alarms: an Events list with stable, increasing keys (tasks/events.ts).
    const all = drive(off.state, { type: 'advance', seconds: 120 }).state.events.events;

    expect(
      all.every((e, i) => i === 0 || (e.id === (all[i - 1]?.id ?? 0) + 1 && e.time >= (all[i - 1]?.time ?? 0))),
    ).toBe(true);
  });
});
