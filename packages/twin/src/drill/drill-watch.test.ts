import { describe, expect, it } from 'vitest';

import { drive, objectOf, walkthroughReady } from '../engine/__fixtures__/drive';
import { ftt0Ready } from '../engine/__fixtures__/ftt0-walkthrough';
import { harborView } from '../engine/queries/harbor';

import { harborVolumeOutages, whyHarborIsDown } from './drill-outage';
import { everyComponentActive, firstStatesWhere, objectStanding, repairTimerEnd } from './drill-watch';

// What a failover drill reads from the states. Facts: vsan-ha.md §2 Absent vs Degraded (a powered-off host's
// components are ABSENT), Repair delay timer (3600 s; a returning host resyncs to ACTIVE), §3 Timelines and Restart
// behaviour (VM on at T18 on a secondary failure; no restart without an accessible copy of every disk), §1 FTT table;
// harbor.md §1 (restart: always brings the containers back after the guest boots).
describe('drill watch', () => {
  const ready = walkthroughReady();
  const failedAt = ready.state.clock.now;
  const off = drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' });

  it('when one advance spans the whole failover, then the first state with Harbor healthy is found inside it, after the VM is back', () => {
    // Act
    const [healthy, never] = firstStatesWhere(off.state, failedAt + 120, [
      (s) => harborView(s).status === 'healthy',
      (s) => s.topology.hosts[0]?.power === 'poweredOn',
    ]);

    // Assert
    expect(never).toBeNull();
    expect(healthy).not.toBeNull();
    expect(healthy!.clock.now - failedAt).toBeGreaterThan(18);
    expect(healthy!.clock.now - failedAt).toBeLessThan(60);
    expect(
      harborView(drive(off.state, { type: 'advance', seconds: healthy!.clock.now - failedAt - 0.5 }).state).status,
    ).toBe('unhealthy');
  });

  it('when the host is down, then its components are Absent and the repair timer ends 3600 s after the failure', () => {
    const standing = objectStanding(off.state, objectOf(off.state, 'vsanvol1').uuid);

    expect(standing).toMatchObject({ accessible: true, away: { ABSENT: 1 }, components: 3 });
    expect(repairTimerEnd(off.state)).toBe(failedAt + 3600);
    expect(everyComponentActive(off.state)).toBe(false);
  });

  it('when the host is powered back on and has booted, then every component is Active again', () => {
    const back = drive(
      off.state,
      { type: 'powerHost', hostId: 'host-1', state: 'on' },
      { type: 'advance', seconds: 180 },
    );

    expect(everyComponentActive(back.state)).toBe(true);
    expect(repairTimerEnd(back.state)).toBeNull();
  });

  it('when an FTT=0 volume Harbor mounts is on the powered-off host, then the reasons name it and HA refusing the restart', () => {
    // Arrange
    const ftt0 = ftt0Ready();

    // Act
    const down = drive(
      ftt0.state,
      { type: 'powerHost', hostId: 'host-1', state: 'off' },
      { type: 'advance', seconds: 60 },
    );

    // Assert
    expect(harborVolumeOutages(down.state)).toStrictEqual([
      {
        name: 'vsanvol4@vsanDatastore',
        verdict: 'unavailable',
        reason: 'policy FTT=0 (no data redundancy): its only copy is on 10.162.102.130 (powered off)',
        usedBy: ['mysql'],
      },
    ]);
    expect(whyHarborIsDown(down.state)).toStrictEqual([
      "vSphere HA cannot restart photon-harbor: Cannot open the disk '[vsanDatastore] dockvols/_DEFAULT/vsanvol4.vmdk' or one of the snapshot disks it depends on.",
      'vsanvol4@vsanDatastore is inaccessible: policy FTT=0 (no data redundancy): its only copy is on 10.162.102.130 (powered off)',
    ]);
  });
});
