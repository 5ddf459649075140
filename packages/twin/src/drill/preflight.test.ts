import type { DrillPreflight } from '@harborview/contracts/drills';
import { describe, expect, it } from 'vitest';

import { drive, objectOf, walkthroughReady } from '../engine/__fixtures__/drive';
import { ftt0Ready } from '../engine/__fixtures__/ftt0-walkthrough';
import type { TwinState } from '../engine/state';

import { faultActive, recoverCommand } from './drill-fault';
import { preflightFault } from './preflight';

// The failover drill's preflight on the walkthrough (seed 1: Harbor's VM on .130 = host-1, a secondary; host-3 is
// the HA primary). Facts: vsan-ha.md §1 Quorum and votes ([D] 3 hosts, FTT=1: one host lost keeps 2 of 3 votes and
// a copy; FTT table: FTT=0 is one copy), §2 Absent vs Degraded (a failed device holding the only copy loses it),
// §3 Timelines (secondary dead at T15, primary at T35) and Restart behaviour (HA restarts only with an accessible
// copy of every disk); harbor.md §1 (restart: always brings the containers back after the boot).
function preflight(state: TwinState, fault: Parameters<typeof preflightFault>[1]): DrillPreflight {
  const r = preflightFault(state, fault);
  if (!r.ok) throw new Error(r.error.message);
  return r.preflight;
}

describe('preflightFault', () => {
  const ready = walkthroughReady().state;
  // Seed 3 places vsanvol4's single FTT=0 component on host-1 (walkthrough-ftt0.test.ts asserts it).
  const ftt0 = ftt0Ready().state;

  it('when the Harbor host (a secondary) would power off, then every object keeps 2 of 3 votes, HA restarts the VM at T15 elsewhere and nothing needs confirming', () => {
    // Act
    const p = preflight(ready, { type: 'host-power-off', hostId: 'host-1' });

    // Assert
    expect([p.hostIsHaPrimary, p.expectedDetectionSeconds]).toStrictEqual([false, 15]);
    expect(p.harborVm).toMatchObject({ affected: true, restartHostId: 'host-2' });
    expect(p.objects.map((o) => [o.name, o.accessibleAfter, o.dataAfter])).toStrictEqual([
      ['photon-harbor VM home', true, 'intact'],
      ['photon-harbor Hard disk 1', true, 'intact'],
      ['vsanvol1@vsanDatastore', true, 'intact'],
      ['vsanvol2@vsanDatastore', true, 'intact'],
      ['vsanvol3@vsanDatastore', true, 'intact'],
    ]);
    expect(p.objects.find((o) => o.name === 'vsanvol1@vsanDatastore')).toMatchObject({
      votesLost: 1,
      votesTotal: 3,
      usedBy: ['registry'],
      healthAfter: 'reducedavailabilitywithnorebuilddelaytimer',
      reason: '2 of 3 votes stay Active and a full copy remains: policy FTT=1 (RAID-1)',
    });
    expect(p.services.every((s) => s.recovers)).toBe(true);
    expect([p.goesDown, p.requiresConfirmation]).toStrictEqual([[], false]);
    expect(p.repairOutlook).toBe('no spare fault domain: components stay Absent');
  });

  it('when the HA primary would power off, then it is declared dead at T35 and Harbor, on another host, is not affected', () => {
    // Act
    const p = preflight(ready, { type: 'host-power-off', hostId: 'host-3' });

    // Assert
    expect([p.hostIsHaPrimary, p.expectedDetectionSeconds]).toStrictEqual([true, 35]);
    expect(p.harborVm).toMatchObject({
      affected: false,
      restartHostId: null,
      reason: 'keeps running on 10.162.102.130',
    });
  });

  it('when the host holding an FTT=0 volume would power off, then the volume, the VM restart and every Harbor service go down and need confirming', () => {
    // Act
    const p = preflight(ftt0, { type: 'host-power-off', hostId: 'host-1' });

    // Assert
    expect(p.objects.find((o) => o.name === 'vsanvol4@vsanDatastore')).toMatchObject({
      ftt: 0,
      accessibleAfter: false,
      dataAfter: 'unavailable',
      healthAfter: 'inaccessible',
      reason: 'policy FTT=0 (no data redundancy): its only copy is on 10.162.102.130 (powered off)',
    });
    expect(p.harborVm.restartHostId).toBeNull();
    expect(p.harborVm.reason).toContain(
      "vSphere HA cannot restart it: Cannot open the disk '[vsanDatastore] dockvols/_DEFAULT/vsanvol4.vmdk'",
    );
    expect(p.goesDown).toStrictEqual([
      'vsanvol4@vsanDatastore',
      ...['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((s) => `Harbor ${s}`),
    ]);
    expect(p.requiresConfirmation).toBe(true);
  });

  it('when the capacity disk holding the only copy of an FTT=0 volume would fail, then its data is reported lost for good', () => {
    // Arrange
    const component = objectOf(ftt0, 'vsanvol4').components[0]!;

    // Act
    const p = preflight(ftt0, {
      type: 'disk-failure',
      hostId: component.hostId,
      diskId: component.capacityDisk.diskId,
    });

    // Assert
    const vol = p.objects.find((o) => o.name === 'vsanvol4@vsanDatastore');
    expect([vol?.dataAfter, vol?.accessibleAfter]).toStrictEqual(['lost', false]);
    expect(vol?.reason).toContain('its only copy was on 10.162.102.130');
    expect(p.expectedDetectionSeconds).toBeNull();
  });

  it('when the fault names an unknown host or a host already off, then the twin refusal comes back and the state is untouched', () => {
    // Arrange
    const before = JSON.stringify(ready);
    const off = drive(ready, { type: 'powerHost', hostId: 'host-2', state: 'off' }).state;

    // Act
    const unknown = preflightFault(ready, { type: 'host-power-off', hostId: 'host-9' });
    const again = preflightFault(off, { type: 'host-power-off', hostId: 'host-2' });
    preflightFault(ready, { type: 'host-isolation', hostId: 'host-1' });

    // Assert
    expect([unknown.ok, !unknown.ok && unknown.error.code]).toStrictEqual([false, 'not_found']);
    expect([again.ok, !again.ok && again.error.code]).toStrictEqual([false, 'conflict']);
    expect(JSON.stringify(ready)).toBe(before);
  });

  it('when a fault is injected and its recover command run, then the fault is active in between and cleared after', () => {
    // Arrange
    const fault = { type: 'host-isolation' as const, hostId: 'host-2' };

    // Act
    const isolated = drive(ready, { type: 'isolateHost', hostId: 'host-2' }).state;
    const back = drive(isolated, recoverCommand(fault)).state;

    // Assert
    expect([faultActive(ready, fault), faultActive(isolated, fault), faultActive(back, fault)]).toStrictEqual([
      false,
      true,
      false,
    ]);
  });
});
