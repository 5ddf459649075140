import { describe, expect, it } from 'vitest';

import type { RngState } from '../rng';
import { createRng } from '../rng';

import { rankedHosts } from './__fixtures__/hosts';
import { placedObject, statesByHost } from './__fixtures__/objects';
import { hostBack, hostDown } from './failures';
import type { VsanObjectHealthState } from './health';
import { objectHealthInCluster } from './health';
import { isAccessible } from './quorum';
import { expireRepairTimers } from './rebuild';
import { advanceResync } from './resync-progress';
import type { VsanHost, VsanObject } from './types';
import { bytesPerSecond, gb, seconds } from './units';

// The walkthrough's failure drill on the 3-host cluster, the way the twin's step function will drive these rules:
// vsan-ha.md §1 Quorum and votes [D] (3 hosts, FTT=1: accessible, delaytimer then norebuild, no re-protect),
// §2 Repair delay timer (ABSENT -> host back -> ABSENT_RESYNC -> ACTIVE), §6 constants (3600 s).

interface World {
  hosts: VsanHost[];
  objects: VsanObject[];
  rng: RngState;
}

function setPower(hosts: readonly VsanHost[], hostId: string, poweredOn: boolean): VsanHost[] {
  return hosts.map((h) => (h.hostId === hostId ? { ...h, poweredOn } : h));
}

function healthAt(world: World, now: number): VsanObjectHealthState[] {
  return world.objects.map((o) => objectHealthInCluster(o, world.hosts, seconds(now)));
}

function initialWorld(): World {
  const hosts = rankedHosts();
  return {
    hosts,
    objects: [
      placedObject({ hosts, name: 'harbor-vm.vmdk' }),
      placedObject({ hosts, name: 'registry-data.vmdk', policy: { stripeWidth: 2 } }),
      // host-1 has the most free capacity, so the single copy lands there.
      placedObject({ hosts, name: 'scratch.vmdk', policy: { ftt: 0 } }),
    ],
    rng: createRng('scenario'),
  };
}

describe('scenario: host-1 of 3 powers off, stays off past the repair timer, then returns', () => {
  it('when host-1 goes down at t=0, then exactly its components are ABSENT and only the FTT=0 object is inaccessible', () => {
    // Arrange
    const world = initialWorld();

    // Act
    const objects = world.objects.map((o) => hostDown(o, 'host-1', seconds(0)));

    // Assert
    expect(objects.map(statesByHost)).toStrictEqual([
      { 'host-1': ['ABSENT'], 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'] },
      { 'host-1': ['ABSENT', 'ABSENT'], 'host-2': ['ACTIVE', 'ACTIVE'], 'host-3': ['ACTIVE'] },
      { 'host-1': ['ABSENT'] },
    ]);
    expect(objects.map(isAccessible)).toStrictEqual([true, true, false]);
  });

  it('when the drill runs to the end, then health goes delaytimer, norebuild, active rebuild, healthy', () => {
    // Arrange
    let world = initialWorld();

    // Act: t=0 host-1 powers off
    world = {
      ...world,
      hosts: setPower(world.hosts, 'host-1', false),
      objects: world.objects.map((o) => hostDown(o, 'host-1', seconds(0))),
    };
    const at10min = healthAt(world, 600);

    // t=3600: the repair timer runs out, but there is no spare fault domain
    const repairs = world.objects.map((o) => expireRepairTimers(o, world.hosts, world.rng, seconds(3600)));
    world = { ...world, objects: repairs.map((r) => r.object) };
    const at60min = healthAt(world, 3600);

    // t=4000: host-1 returns; 2 GB were written to each mirrored object meanwhile, nothing to the inaccessible one
    const written = [gb(2), gb(2), gb(0)];
    world = {
      ...world,
      hosts: setPower(world.hosts, 'host-1', true),
      objects: world.objects.map((o, i) => hostBack(o, 'host-1', written[i] ?? gb(0))),
    };
    const resyncing = healthAt(world, 4000);
    const statesWhileResyncing = world.objects.map(statesByHost);

    // t=4000..4060: resync at 100 MB/s per object
    for (let t = 0; t < 60; t += 10) {
      world = {
        ...world,
        objects: world.objects.map((o) => advanceResync(o, seconds(10), bytesPerSecond(100 * 2 ** 20))),
      };
    }

    // Assert
    expect(at10min).toStrictEqual([
      'reducedavailabilitywithnorebuilddelaytimer',
      'reducedavailabilitywithnorebuilddelaytimer',
      'inaccessible',
    ]);
    expect(repairs.map((r) => r.blocked.map((b) => b.reason))).toStrictEqual([
      ['no spare fault domain'],
      ['no spare fault domain', 'no spare fault domain'],
      ['object is inaccessible'],
    ]);
    expect(at60min).toStrictEqual([
      'reducedavailabilitywithnorebuild',
      'reducedavailabilitywithnorebuild',
      'inaccessible',
    ]);
    expect(statesWhileResyncing[1]).toStrictEqual({
      'host-1': ['ABSENT_RESYNC', 'ABSENT_RESYNC'],
      'host-2': ['ACTIVE', 'ACTIVE'],
      'host-3': ['ACTIVE'],
    });
    expect(resyncing).toStrictEqual([
      'reducedavailabilitywithactiverebuild',
      'reducedavailabilitywithactiverebuild',
      'healthy',
    ]);
    expect(world.objects.flatMap((o) => o.components.map((c) => [c.state, c.bytesToSync]))).toStrictEqual(
      world.objects.flatMap((o) => o.components.map(() => ['ACTIVE', 0])),
    );
    expect(healthAt(world, 4060)).toStrictEqual(['healthy', 'healthy', 'healthy']);
  });
});
