import { describe, expect, it } from 'vitest';

import { rankedHosts } from './__fixtures__/hosts';
import { placedObject, statesByHost, withHostState } from './__fixtures__/objects';
import { componentsDueForRepair, diskFailed, hostBack, hostDown, hostLost, withDiskFailed } from './failures';
import { isAccessible } from './quorum';
import { gb, seconds } from './units';

// Canonical FTT=1 SW=1 40 GB object: replicas on host-1 and host-2, witness on host-3.

describe('hostDown', () => {
  it('when host-1 goes down at t=100, then exactly its component goes ABSENT, stale since 100', () => {
    // vsan-ha.md §2 Absent vs Degraded: host failure or power-off makes its components ABSENT
    // Act
    const object = hostDown(placedObject(), 'host-1', seconds(100));

    // Assert
    expect(statesByHost(object)).toStrictEqual({ 'host-1': ['ABSENT'], 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'] });
    expect(object.components.filter((c) => c.hostId === 'host-1').map((c) => c.staleSinceSeconds)).toStrictEqual([100]);
    expect(isAccessible(object)).toBe(true);
  });

  it('when two of three hosts go down, then the FTT=1 object is inaccessible', () => {
    // vsan-ha.md §1 Quorum and votes [D]: "If 2 hosts are lost, the object is inaccessible"
    // Act
    const object = hostDown(hostDown(placedObject(), 'host-1', seconds(0)), 'host-3', seconds(5));

    // Assert
    expect(isAccessible(object)).toBe(false);
  });

  it('when the host holding an FTT=0 object goes down, then the object is inaccessible', () => {
    // vsan-ha.md §1 FTT and RAID table: "No data redundancy" has 1 copy
    // Arrange
    const object = placedObject({ policy: { ftt: 0 } });
    const host = object.components[0]?.hostId ?? '';

    // Act / Assert
    expect(isAccessible(hostDown(object, host, seconds(0)))).toBe(false);
  });
});

describe('diskFailed and hostLost', () => {
  it('when the capacity device under a replica fails, then that component is DEGRADED and the object stays accessible', () => {
    // vsan-ha.md §2 Absent vs Degraded: device failure is DEGRADED (permanent)
    // Arrange
    const object = placedObject();
    const disk = object.components.find((c) => c.hostId === 'host-1')?.capacityDisk.diskId ?? '';

    // Act
    const after = diskFailed(object, disk, seconds(10));

    // Assert
    expect(statesByHost(after)).toStrictEqual({ 'host-1': ['DEGRADED'], 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'] });
    expect(after.dataLost).toBe(false);
  });

  it('when a cache device fails, then every component behind its disk group is DEGRADED', () => {
    // vsan-ha.md §2 Absent vs Degraded: cache device failure is a Degraded cause
    // Act
    const after = diskFailed(placedObject({ policy: { stripeWidth: 2 } }), 'host-2-cache', seconds(10));

    // Assert
    expect(statesByHost(after)['host-2']).toStrictEqual(['DEGRADED', 'DEGRADED']);
  });

  it('when the only copy of an FTT=0 object is lost for good, then the data is lost', () => {
    // vsan-ha.md §2 Absent vs Degraded: Degraded is a permanent failure, not expected back
    // Arrange
    const object = placedObject({ policy: { ftt: 0 } });
    const host = object.components[0]?.hostId ?? '';

    // Act
    const after = hostLost(object, host, seconds(1));

    // Assert
    expect(after.dataLost).toBe(true);
    expect(isAccessible(after)).toBe(false);
  });

  it('when one replica is DEGRADED and the other only ABSENT, then the data is not lost yet', () => {
    // vsan-ha.md §2 Absent vs Degraded: Absent may come back
    // Act
    const after = hostLost(hostDown(placedObject(), 'host-2', seconds(0)), 'host-1', seconds(5));

    // Assert
    expect(after.dataLost).toBe(false);
    expect(isAccessible(after)).toBe(false);
  });

  it('when a device is marked failed in the host list, then only that device changes', () => {
    // Act
    const hosts = withDiskFailed(rankedHosts(), 'host-2-cap-1');

    // Assert
    expect(
      hosts.flatMap((h) =>
        h.diskGroups.flatMap((g) => g.capacityDisks.filter((d) => d.failed === true).map((d) => d.diskId)),
      ),
    ).toStrictEqual(['host-2-cap-1']);
  });
});

describe('hostBack', () => {
  it('when host-1 returns after 10 GB were written, then its replica is ABSENT_RESYNC with 10 GB to sync', () => {
    // vsan-ha.md §2 Repair delay timer: only the delta written meanwhile is resynced
    // Act
    const object = hostBack(hostDown(placedObject(), 'host-1', seconds(0)), 'host-1', gb(10));

    // Assert
    const component = object.components.find((c) => c.hostId === 'host-1');
    expect([component?.state, component?.bytesToSync]).toStrictEqual(['ABSENT_RESYNC', gb(10)]);
  });

  it('when the witness host returns, then the witness is ACTIVE at once', () => {
    // vsan-ha.md §1 Quorum and votes: witnesses hold metadata only, zero data size
    // Act
    const object = hostBack(hostDown(placedObject(), 'host-3', seconds(0)), 'host-3', gb(10));

    // Assert
    expect(statesByHost(object)).toStrictEqual({ 'host-1': ['ACTIVE'], 'host-2': ['ACTIVE'], 'host-3': ['ACTIVE'] });
    expect(object.components.every((c) => c.staleSinceSeconds === undefined)).toBe(true);
  });

  it('when a stale copy returns while the latest copy is away, then it waits ACTIVE_STALE until that copy returns', () => {
    // vsan-ha.md §1 Quorum and votes [D] ACTIVE_STALE rule; §3 Restart behaviour: HA waits for the latest copy
    // Arrange: host-1 fails, 5 GB land on host-2, host-2 fails
    const bothDown = hostDown(hostDown(placedObject(), 'host-1', seconds(0)), 'host-2', seconds(60));

    // Act
    const staleBack = hostBack(bothDown, 'host-1', gb(5));
    const freshBack = hostBack(staleBack, 'host-2', gb(0));

    // Assert
    expect(statesByHost(staleBack)['host-1']).toStrictEqual(['ACTIVE_STALE']);
    expect(isAccessible(staleBack)).toBe(false);
    expect(statesByHost(freshBack)).toStrictEqual({
      'host-1': ['ABSENT_RESYNC'],
      'host-2': ['ACTIVE'],
      'host-3': ['ACTIVE'],
    });
    expect(isAccessible(freshBack)).toBe(true);
  });

  it('when nothing was written meanwhile, then the component is ACTIVE at once', () => {
    // vsan-ha.md §2 Repair delay timer: nothing to resync
    // Act
    const object = hostBack(hostDown(placedObject(), 'host-2', seconds(0)), 'host-2', gb(0));

    // Assert
    expect(object).toStrictEqual(placedObject());
  });
});

describe('componentsDueForRepair', () => {
  it.each([
    [3599, 3600, 0],
    [3600, 3600, 1],
    [300, 300, 1],
  ])('when an ABSENT component has waited %i s with a %i s timer, then %i is due', (waited, delay, due) => {
    // vsan-ha.md §2 Repair delay timer: 60 min default, settable (Object Repair Timer)
    // Arrange
    const object = hostDown(placedObject(), 'host-1', seconds(1000));

    // Act / Assert
    expect(componentsDueForRepair(object, seconds(1000 + waited), seconds(delay))).toHaveLength(due);
  });

  it('when a component is DEGRADED, then it is due at once', () => {
    // vsan-ha.md §2 Absent vs Degraded: Degraded rebuilds immediately
    // Arrange
    const object = withHostState(placedObject(), 'host-2', 'DEGRADED');

    // Act / Assert
    expect(componentsDueForRepair(object, seconds(0)).map((c) => c.hostId)).toStrictEqual(['host-2']);
  });
});
