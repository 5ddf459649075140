import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY, fixtureHosts, rankedHosts } from './__fixtures__/hosts';
import { placedObject } from './__fixtures__/objects';
import { capacityMultiplier, datastoreUsage, diskUsage, hostUsage, objectUsage, plannedCapacity } from './capacity';
import type { PlacementPolicy, VsanObject } from './types';
import { gb } from './units';

const policy = (overrides: Partial<PlacementPolicy>): PlacementPolicy => ({ ...DEFAULT_POLICY, ...overrides });

describe('capacityMultiplier and plannedCapacity', () => {
  it.each([
    ['No data redundancy', policy({ ftt: 0 }), 1, 100],
    ['1 failure - RAID-1', policy({ ftt: 1 }), 2, 200],
    ['2 failures - RAID-1', policy({ ftt: 2 }), 3, 300],
    ['3 failures - RAID-1', policy({ ftt: 3 }), 4, 400],
    ['1 failure - RAID-5', policy({ ftt: 1, faultTolerance: 'RAID-5/6' }), 4 / 3, 133.33],
    ['2 failures - RAID-6', policy({ ftt: 2, faultTolerance: 'RAID-5/6' }), 1.5, 150],
  ])('when the policy is %s, then 100 GB takes %d x, about %d GB', (_label, asked, multiplier, rawGb) => {
    // vsan-ha.md §1 FTT and RAID table, "Capacity for 100 GB": 100/200/133/300/150/400 GB
    // Act / Assert
    expect(capacityMultiplier(asked)).toBe(multiplier);
    expect(plannedCapacity(gb(100), asked) / gb(1)).toBeCloseTo(rawGb, 2);
  });
});

describe('objectUsage', () => {
  it.each([
    ['thin and unwritten', 0, 0, 0, 0],
    ['thin with 50 GB written', 100, 0, 0, 50],
    ['100% reserved and unwritten', 0, 200, 100, 0],
    ['100% reserved with 50 GB written', 100, 100, 100, 50],
    ['50% reserved with 80 GB written', 160, 0, 50, 80],
  ])(
    'when a 100 GB FTT=1 object is %s, then it uses %i GB and reserves %i GB',
    (_case, usedGb, reservedGb, reservation, writtenGb) => {
      // vsan-ha.md §1 FTT and RAID table: FTT=1 of 100 GB takes 200 GB; vdvs.md §4 proportionalCapacity 0 = thin
      // Arrange
      const placed = placedObject({ sizeGb: 100, policy: { proportionalCapacity: reservation } });
      const object: VsanObject = { ...placed, writtenBytes: gb(writtenGb) };

      // Act
      const usage = objectUsage(object);

      // Assert
      expect(usage).toStrictEqual({ usedBytes: gb(usedGb), reservedBytes: gb(reservedGb) });
    },
  );

  it('when a fully reserved RAID-5 object of 90 GB is placed, then 120 GB is reserved', () => {
    // vsan-ha.md §1 FTT and RAID table: RAID-5 takes 133% (3 data + 1 parity)
    // Arrange
    const object = placedObject({
      sizeGb: 90,
      hosts: fixtureHosts(4),
      policy: { faultTolerance: 'RAID-5/6', proportionalCapacity: 100 },
    });

    // Act / Assert
    expect(objectUsage(object).reservedBytes).toBe(gb(120));
  });
});

describe('disk, host and datastore totals', () => {
  it('when a fully reserved 100 GB FTT=1 object sits on 3 hosts, then the datastore shows 200 GB reserved', () => {
    // vsan-ha.md §1 FTT and RAID table: replicas included
    // Arrange
    const hosts = fixtureHosts(3);
    const object = placedObject({ hosts, sizeGb: 100, policy: { proportionalCapacity: 100 } });

    // Act
    const totals = datastoreUsage(hosts, [object]);

    // Assert
    expect(totals).toStrictEqual({
      capacityBytes: gb(6 * 1024),
      usedBytes: gb(0),
      reservedBytes: gb(200),
      freeBytes: gb(6 * 1024 - 200),
    });
  });

  it('when devices carry baseline usage, then per-host totals add it up', () => {
    // Arrange: rankedHosts puts 0, 10 and 20 GB on each of 2 devices
    const hosts = rankedHosts();

    // Act
    const used = hostUsage(hosts, []).map((row) => [row.hostId, row.usedBytes / gb(1)]);

    // Assert
    expect(used).toStrictEqual([
      ['host-1', 0],
      ['host-2', 20],
      ['host-3', 40],
    ]);
  });

  it('when a host is powered off, then its devices go offline and leave the datastore', () => {
    // vsan-ha.md §2 Absent vs Degraded: host power-off makes its devices unreachable
    // Arrange
    const hosts = fixtureHosts(3).map((h) => (h.hostId === 'host-2' ? { ...h, poweredOn: false } : h));

    // Act
    const offline = diskUsage(hosts, [])
      .filter((row) => !row.online)
      .map((row) => row.diskId);

    // Assert
    expect(offline).toStrictEqual(['host-2-cap-1', 'host-2-cap-2']);
    expect(datastoreUsage(hosts, []).capacityBytes).toBe(gb(4 * 1024));
  });
});
