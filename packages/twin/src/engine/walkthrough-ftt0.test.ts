import { describe, expect, it } from 'vitest';

import { drive, objectOf, scenario, walkthroughReady } from './__fixtures__/drive';
import { harborView, volumeView } from './queries';

// The walkthrough with the database on an FTT=0 volume (issue point 10). Facts: vsan-ha.md §1 FTT table ("No data
// redundancy": one copy) and Quorum and votes (inaccessible without an intact copy); §3 Restart behaviour (HA
// restarts a VM only where the latest copy is, retrying at +2, +6, +14, +30 min); harbor.md §3.1 (unhealthy while a
// component is down). Seed 3 puts vsanvol4's single copy on .130, asserted below.
const FTT0 = [
  { type: 'createPolicy', name: 'FTT=0', content: '(("hostFailuresToTolerate" i0))' },
  { type: 'createVolume', name: 'vsanvol4', opts: { size: '10gb', 'vsan-policy-name': 'FTT=0' } },
];
const MAPPINGS = [
  { service: 'registry', target: '/storage', volume: 'vsanvol1' },
  { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol4' },
  { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
];

describe('the walkthrough with the database on an FTT=0 volume whose only copy is on .130', () => {
  const ready = walkthroughReady(scenario({ seed: 3 }), FTT0, MAPPINGS);
  const failedAt = ready.state.clock.now;
  const down = drive(
    ready.state,
    { type: 'powerHost', hostId: 'host-1', state: 'off' },
    { type: 'advance', seconds: 300 },
  );

  it('when placed, then vsanvol4 is a single component on .130 with no witness', () => {
    // vsan-ha.md §1 FTT table: "No data redundancy", 1 copy, no witness.
    const o = objectOf(ready.state, 'vsanvol4');

    expect(o.components.map((c) => [c.type, c.hostId])).toStrictEqual([['Component', 'host-1']]);
  });

  it('when .130 powers off, then vsanvol4 is inaccessible while the FTT=1 volumes stay accessible', () => {
    // vsan-ha.md §1 Quorum and votes: no intact copy → inaccessible.
    const view = (name: string): [boolean | undefined, string | undefined] => {
      const v = volumeView(down.state, name);
      return [v?.object.accessible, v?.object.health];
    };

    expect(view('vsanvol4')).toStrictEqual([false, 'inaccessible']);
    expect(view('vsanvol1')).toStrictEqual([true, 'reducedavailabilitywithnorebuilddelaytimer']);
    expect(down.state.alarms.alarms.find((a) => a.name === "vSAN health alarm 'vSAN object health'")?.status).toBe(
      'red',
    );
  });

  it('when HA tries to restart the VM, then the power-on is refused for the inaccessible disk and Harbor stays unhealthy', () => {
    // vsan-ha.md §3 Restart behaviour: "HA restarts a VM only if the partition has quorum and the latest copy".
    const failures = down.events.filter((e) => e.typeId === 'vim.event.VmFailoverFailed').map((e) => e.time - failedAt);

    expect(failures).toStrictEqual([15, 15 + 120]);
    expect(down.state.topology.vms[0]?.power).toBe('poweredOff');
    expect(harborView(down.state).status).toBe('unhealthy');
    expect(down.state.alarms.alarms.some((a) => a.name === 'vSphere HA virtual machine failover failed')).toBe(true);
  });

  it('when .130 returns, then the next HA retry restarts the VM and Harbor is healthy again', () => {
    // vsan-ha.md §3 Restart behaviour: retries at +0, +2, +6, +14, +30 min. The host is back at +7 min (a 2 min boot
    // from +5 min), so the +14 min attempt finds the copy.
    const back = drive(
      down.state,
      { type: 'powerHost', hostId: 'host-1', state: 'on' },
      { type: 'advance', seconds: 600 },
    );
    const restarted = back.events
      .filter((e) => e.typeId === 'com.vmware.vc.ha.VmRestartedByHAEvent')
      .map((e) => e.time - failedAt);

    expect(restarted).toStrictEqual([15 + 840 + 3]);
    expect(volumeView(back.state, 'vsanvol4')?.object.accessible).toBe(true);
    expect(harborView(back.state).status).toBe('healthy');
  });
});
