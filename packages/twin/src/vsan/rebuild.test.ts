import { describe, expect, it } from 'vitest';

import { createRng } from '../rng';

import { fixtureHost, fixtureHosts, rankedHosts } from './__fixtures__/hosts';
import { placedObject, statesByHost } from './__fixtures__/objects';
import { diskUsage } from './capacity';
import { diskFailed, hostBack, hostDown, withDiskFailed } from './failures';
import { failedComponents } from './fault-domains';
import { leafUuids } from './layout';
import { countVotes, isAccessible } from './quorum';
import { expireRepairTimers, rebuild, rebuildAll } from './rebuild';
import { advanceResync } from './resync-progress';
import { bytesPerSecond, gb, seconds } from './units';

// host-4 is the fullest, so placement leaves it spare: replicas host-1/host-2, witness host-3.
const FOUR_HOSTS = [...rankedHosts(), fixtureHost(4, { usedGb: 30 })];
const hostsWithout = (hostId: string): typeof FOUR_HOSTS =>
  FOUR_HOSTS.map((h) => (h.hostId === hostId ? { ...h, poweredOn: false } : h));

describe('rebuild', () => {
  it('when a spare fault domain exists, then a RECONFIG replacement with 0 votes and the whole size to sync goes there', () => {
    // vsan-ha.md §2 Repair delay timer: after the timer, with a spare FD, vSAN builds a new component elsewhere (RECONFIG)
    // Arrange
    const object = hostDown(placedObject({ hosts: FOUR_HOSTS }), 'host-1', seconds(0));

    // Act
    const result = rebuild(object, hostsWithout('host-1'), createRng(1));

    // Assert
    const replacement = result.object.components.find((c) => c.uuid === result.started[0]);
    expect([replacement?.hostId, replacement?.state, replacement?.votes, replacement?.bytesToSync]).toStrictEqual([
      'host-4',
      'RECONFIG',
      0,
      gb(40),
    ]);
    expect(result.object.layout.type === 'RAID_1' && result.object.layout.children[0]?.type).toBe('RAID_1');
    expect(countVotes(result.object)).toStrictEqual({ active: 2, total: 3 });
  });

  it('when there is no spare fault domain, then nothing changes and the reason is given', () => {
    // vsan-ha.md §1 Quorum and votes [D]: 3 hosts, FTT=1, 1 host lost: no 4th fault domain to rebuild onto
    // Arrange
    const object = hostDown(placedObject(), 'host-1', seconds(0));
    const hosts = rankedHosts().map((h) => (h.hostId === 'host-1' ? { ...h, poweredOn: false } : h));

    // Act
    const result = rebuild(object, hosts, createRng(1));

    // Assert
    expect(result.object).toStrictEqual(object);
    expect(result.blocked.map((b) => b.reason)).toStrictEqual(['no spare fault domain']);
  });

  it('when a device fails on a host with another healthy device, then the replacement may stay on that host', () => {
    // vsan-ha.md §2 Absent vs Degraded + §6: Degraded rebuilds immediately if resources allow
    // Arrange
    const object = placedObject();
    const failedDisk = object.components.find((c) => c.hostId === 'host-1')?.capacityDisk.diskId ?? '';
    const degraded = diskFailed(object, failedDisk, seconds(0));

    // Act
    const result = rebuild(degraded, withDiskFailed(rankedHosts(), failedDisk), createRng(2));

    // Assert
    const replacement = result.object.components.find((c) => c.uuid === result.started[0]);
    expect(replacement?.hostId).toBe('host-1');
    expect(replacement?.capacityDisk.diskId).not.toBe(failedDisk);
  });

  it('when the object is inaccessible, then no rebuild starts', () => {
    // vsan-ha.md §1 Quorum and votes: with more failures than FTT the object is inaccessible
    // Arrange
    const object = hostDown(hostDown(placedObject({ hosts: FOUR_HOSTS }), 'host-1', seconds(0)), 'host-2', seconds(0));

    // Act
    const result = rebuild(object, FOUR_HOSTS, createRng(1));

    // Assert
    expect(result.blocked.map((b) => b.reason)).toStrictEqual(['object is inaccessible', 'object is inaccessible']);
  });
});

describe('rebuildAll', () => {
  it('when several objects are rebuilt as a batch, then each result, the RNG and the free bytes equal rebuilding them one by one', () => {
    // Arrange: six hosts, host-1 down, objects of every shape the bench has (stripes, reservations, FTT=0)
    const hosts = fixtureHosts(6).map((h, i) => ({
      ...h,
      diskGroups: fixtureHost(i + 1, { usedGb: i * 5 }).diskGroups,
    }));
    const down = hosts.map((h) => (h.hostId === 'host-1' ? { ...h, poweredOn: false } : h));
    const objects = [
      { sizeGb: 40 },
      { sizeGb: 300, policy: { stripeWidth: 2 } },
      { sizeGb: 60, policy: { proportionalCapacity: 25 } },
      { sizeGb: 20, policy: { ftt: 0 as const } },
      { sizeGb: 80, policy: { proportionalCapacity: 100 } },
    ].map((o, i) => hostDown(placedObject({ ...o, hosts, seed: i }), 'host-1', seconds(0)));
    const requests = objects.map((object) => ({ object, componentUuids: failedComponents(object).map((c) => c.uuid) }));
    const free = new Map(diskUsage(down, objects).map((row) => [row.diskId, row.freeBytes as number]));

    // Act
    const batch = rebuildAll(requests, down, createRng(5), free);

    // Assert
    let rng = createRng(5);
    let known: ReadonlyMap<string, number> = free;
    const oneByOne = requests.map(({ object, componentUuids }) => {
      const {
        rng: next,
        freeBytesByDisk,
        ...result
      } = rebuild(object, down, rng, { componentUuids, freeBytesByDisk: known });
      rng = next;
      known = freeBytesByDisk ?? known;
      return result;
    });
    expect(batch.results).toStrictEqual(oneByOne);
    expect(batch.rng).toStrictEqual(rng);
    expect(batch.freeBytesByDisk).toStrictEqual(known);
    expect(oneByOne.flatMap((r) => r.started)).not.toHaveLength(0);
  });
});

describe('expireRepairTimers', () => {
  it.each([
    [3599, 0],
    [3600, 1],
  ])('when %i s have passed since the host went down, then %i rebuilds start', (elapsed, started) => {
    // vsan-ha.md §2 Repair delay timer: 60 minutes by default
    // Arrange
    const object = hostDown(placedObject({ hosts: FOUR_HOSTS }), 'host-1', seconds(0));

    // Act
    const result = expireRepairTimers(object, hostsWithout('host-1'), createRng(3), seconds(elapsed));

    // Assert
    expect(result.started).toHaveLength(started);
  });
});

describe('advanceResync', () => {
  it('when a replacement finishes, then it takes the old votes and the failed component is discarded', () => {
    // vsan-ha.md §2 Repair delay timer: "then discards the absent one"
    // Arrange
    const absent = hostDown(placedObject({ hosts: FOUR_HOSTS }), 'host-1', seconds(0));
    const { object } = rebuild(absent, hostsWithout('host-1'), createRng(4));

    // Act
    const halfway = advanceResync(object, seconds(20), bytesPerSecond(gb(1)));
    const done = advanceResync(halfway, seconds(20), bytesPerSecond(gb(1)));

    // Assert
    expect(halfway.components.find((c) => c.state === 'RECONFIG')?.bytesToSync).toBe(gb(20));
    expect(statesByHost(done)).toStrictEqual({ 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'], 'host-4': ['ACTIVE'] });
    expect(countVotes(done)).toStrictEqual({ active: 3, total: 3 });
    expect(leafUuids(done.layout)).toHaveLength(2);
    expect(isAccessible(done)).toBe(true);
  });

  it('when no intact copy exists, then no data flows', () => {
    // vsan-ha.md §2 Repair delay timer: a resync copies from an up-to-date copy
    // Arrange
    const object = placedObject();
    const stuck = {
      ...object,
      components: object.components.map((c) =>
        c.type === 'Component' ? { ...c, state: 'ABSENT_RESYNC' as const, bytesToSync: gb(1) } : c,
      ),
    };

    // Act / Assert
    expect(advanceResync(stuck, seconds(100), bytesPerSecond(gb(1)))).toStrictEqual(stuck);
  });

  it('when the original returns and finishes first, then the replacement is dropped', () => {
    // vsan-ha.md §2 Repair delay timer: a returning host only resyncs the delta, which is faster than a rebuild
    // Arrange
    const absent = hostDown(placedObject({ hosts: FOUR_HOSTS }), 'host-1', seconds(0));
    const rebuilding = rebuild(absent, hostsWithout('host-1'), createRng(4)).object;
    const back = hostBack(rebuilding, 'host-1', gb(1));

    // Act
    const done = advanceResync(back, seconds(4), bytesPerSecond(gb(1)));

    // Assert
    expect(statesByHost(done)).toStrictEqual({ 'host-1': ['ACTIVE'], 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'] });
    expect(done.layout).toStrictEqual(absent.layout);
  });

  it('when two components resync, then bandwidth is shared and the smaller one gets no more than it needs', () => {
    // vsan-ha.md §2 Numeric componentState: resyncing while bytesToSync != 0
    // Arrange
    const object = placedObject({ policy: { stripeWidth: 2 } });
    let index = 0;
    const syncing = {
      ...object,
      components: object.components.map((c) => {
        if (c.hostId !== 'host-1') {
          return c;
        }
        index += 1;
        return { ...c, state: 'ABSENT_RESYNC' as const, bytesToSync: index === 1 ? gb(1) : gb(10) };
      }),
    };

    // Act
    const after = advanceResync(syncing, seconds(4), bytesPerSecond(gb(1)));

    // Assert
    expect(after.components.filter((c) => c.hostId === 'host-1').map((c) => [c.state, c.bytesToSync])).toStrictEqual([
      ['ACTIVE', gb(0)],
      ['ABSENT_RESYNC', gb(7)],
    ]);
  });
});
