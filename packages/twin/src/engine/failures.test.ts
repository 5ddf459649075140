import { describe, expect, it } from 'vitest';

import { drive, objectOf, scenario, walkthroughReady } from './__fixtures__/drive';
import { clusterSummary, volumeView, vsanObjectView } from './queries';

// Fault handling integrated across vSAN, HA and Harbor. Facts: vsan-ha.md §2 (Absent vs Degraded; Repair delay timer:
// "After the timer expires with a spare FD, vSAN builds a new component elsewhere (RECONFIG …), then discards the absent
// one"; 5–7 s I/O pause), §3 Timelines (isolation T30; the primary sees a dead host at T15 with no heartbeat
// datastores on vSAN), §6 (Rebuild for DEGRADED: immediate if a spare FD exists).

describe('host isolation', () => {
  const ready = walkthroughReady();
  const t0 = ready.state.clock.now;
  const isolated = drive(ready.state, { type: 'isolateHost', hostId: 'host-1' }, { type: 'advance', seconds: 70 });
  const times = (typeId: string): number[] =>
    isolated.events.filter((e) => e.typeId === typeId).map((e) => e.time - t0);

  it('when .130 is cut off the vSAN network, then HA restarts its VM elsewhere at T15 and the host declares itself isolated at T30', () => {
    expect(times('com.vmware.vc.ha.VmRestartedByHAEvent')).toStrictEqual([18]);
    expect(times('com.vmware.vc.HA.DasHostIsolatedEvent')).toStrictEqual([30]);
    expect(isolated.state.topology.vms[0]?.hostId).toBe('host-2');
  });

  it('when the isolation ends, then the host components come back in sync', () => {
    const back = drive(isolated.state, { type: 'reconnectHost', hostId: 'host-1' }, { type: 'advance', seconds: 60 });

    expect(new Set(objectOf(back.state, 'vsanvol2').components.map((c) => c.state))).toStrictEqual(new Set(['ACTIVE']));
    expect(back.state.topology.hosts[0]?.connection).toBe('connected');
  });
});

describe('I/O stun on component loss', () => {
  it('when a host goes down, then objects with a component there pause I/O for 5 to 7 s', () => {
    const ready = walkthroughReady();
    const off = drive(ready.state, { type: 'powerHost', hostId: 'host-3', state: 'off' });
    const later = drive(off.state, { type: 'advance', seconds: 7 });
    const stun = off.state.vsan.stuns[0];

    expect(stun === undefined ? 0 : stun.until - off.state.clock.now).toBeGreaterThanOrEqual(5);
    expect(stun === undefined ? 9 : stun.until - off.state.clock.now).toBeLessThanOrEqual(7);
    const ioPaused = (s: typeof ready.state) =>
      vsanObjectView(s, volumeView(s, 'vsanvol1')?.object.uuid ?? '')?.ioPaused;
    expect(ioPaused(off.state)).toBe(true);
    expect(ioPaused(later.state)).toBe(false);
  });
});

describe('repair with a spare fault domain (4 hosts)', () => {
  const ready = walkthroughReady(scenario({ hosts: 4 }));
  const off = drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' });
  const failedOn = (name: string): string[] =>
    objectOf(off.state, name)
      .components.filter((c) => c.state === 'ABSENT')
      .map((c) => c.hostId);

  it('when the repair timer runs out, then ABSENT components are rebuilt on the spare host and the object ends healthy', () => {
    const name = ['vsanvol1', 'vsanvol2', 'vsanvol3'].find((v) => failedOn(v).length > 0) ?? 'vsanvol1';
    const rebuilding = drive(off.state, { type: 'advance', seconds: 3600 });
    const states = objectOf(rebuilding.state, name).components.map((c) => c.state);
    const done = drive(rebuilding.state, { type: 'advance', seconds: 3600 });

    expect(states).toContain('RECONFIG');
    expect(volumeView(rebuilding.state, name)?.object.health).toBe('reducedavailabilitywithactiverebuild');
    expect(clusterSummary(off.state).repairTimer.outcome).toBe('rebuild on a spare fault domain');
    expect(objectOf(done.state, name).components.some((c) => c.hostId === 'host-1')).toBe(false);
    expect(volumeView(done.state, name)?.object.health).toBe('healthy');
  });
});

describe('device failure', () => {
  it('when a capacity disk dies, then its components go DEGRADED and are rebuilt at once on the other disk of that host', () => {
    const ready = walkthroughReady();
    const o = objectOf(ready.state, 'vsanvol3');
    const victim = o.components.find((c) => c.type === 'Component');
    const failed = drive(ready.state, {
      type: 'failDisk',
      hostId: victim?.hostId ?? '',
      diskId: victim?.capacityDisk.diskId ?? '',
    });
    const after = objectOf(failed.state, 'vsanvol3');

    expect(after.components.find((c) => c.uuid === victim?.uuid)?.state).toBe('DEGRADED');
    expect(after.components.filter((c) => c.state === 'RECONFIG').map((c) => c.hostId)).toContain(victim?.hostId);
    expect(failed.events.map((e) => e.typeId)).toContain('com.harborview.vsan.RebuildStarted');
  });
});

describe('repair delay setting', () => {
  it('when the Object Repair Timer is set to 0 after a failure on 3 hosts, then the rebuild is blocked at once: no spare fault domain', () => {
    const off = drive(walkthroughReady().state, { type: 'powerHost', hostId: 'host-1', state: 'off' });

    const r = drive(off.state, { type: 'setRepairDelay', seconds: 0 });

    expect(r.events.filter((e) => e.typeId === 'com.harborview.vsan.RebuildBlocked').length).toBe(1);
    expect(volumeView(r.state, 'vsanvol2')?.object.health).toBe('reducedavailabilitywithnorebuild');
  });
});

describe('a repair delay of 0', () => {
  it('when a host fails on a 4-host cluster with the timer at 0, then the rebuild starts in the same step', () => {
    // vsan-ha.md §2 Repair delay timer: components are rebuilt once the (here zero) delay has run out.
    const ready = walkthroughReady(scenario({ hosts: 4 }), [{ type: 'setRepairDelay', seconds: 0 }]);

    const off = drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' });

    expect(off.events.map((e) => e.typeId)).toContain('com.harborview.vsan.RebuildStarted');
  });
});
