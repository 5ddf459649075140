import { describe, expect, it } from 'vitest';

import { fixtureHosts } from './__fixtures__/hosts';
import { expectPlaced, placementInput, withPolicy } from './__fixtures__/placement-input';
import { placeObject } from './placement';
import { gb } from './units';

describe('placeObject, erasure coding', () => {
  it.each([
    [1, 4, 'RAID_5', 4],
    [2, 6, 'RAID_6', 6],
  ] as const)(
    'when FTT=%i RAID-5/6 on %i all-flash hosts, then a %s of %i segments has no witness and odd votes',
    (ftt, hostCount, root, segments) => {
      // vsan-ha.md §1 FTT and RAID: RAID-5 3+1 (4 FDs), RAID-6 4+2 (6 FDs), no witness; gist shows a component with votes: 2
      // Act
      const object = expectPlaced(
        placeObject(
          placementInput({ hosts: fixtureHosts(hostCount), policy: withPolicy({ ftt, faultTolerance: 'RAID-5/6' }) }),
        ),
      );

      // Assert
      expect(object.layout.type).toBe(root);
      expect(object.components.filter((c) => c.type === 'Witness')).toStrictEqual([]);
      expect(object.components).toHaveLength(segments);
      expect(object.components.map((c) => c.votes)).toStrictEqual([
        2,
        ...Array.from({ length: segments - 1 }, () => 1),
      ]);
    },
  );
});

describe('placeObject, policy cannot be met', () => {
  it.each([
    [
      'FTT=2 RAID-1',
      3,
      true,
      '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3',
      withPolicy({ ftt: 2 }),
    ],
    [
      'RAID-5',
      3,
      true,
      '1 failure - RAID-5 (Erasure Coding) needs 4 fault domains; the cluster has 3',
      withPolicy({ ftt: 1, faultTolerance: 'RAID-5/6' }),
    ],
    [
      'RAID-5',
      4,
      false,
      '1 failure - RAID-5 (Erasure Coding) needs an all-flash cluster',
      withPolicy({ ftt: 1, faultTolerance: 'RAID-5/6' }),
    ],
    [
      'FTT=3 RAID-5/6',
      8,
      true,
      'RAID-5/6 (Erasure Coding) tolerates at most 2 failures',
      withPolicy({ ftt: 3, faultTolerance: 'RAID-5/6' }),
    ],
    ['SW=13', 3, true, 'Number of disk stripes per object must be 1 to 12; got 13', withPolicy({ stripeWidth: 13 })],
  ])(
    'when %s meets %i hosts (all-flash %s), then it fails with "%s"',
    (_label, hostCount, allFlash, message, asked) => {
      // vsan-ha.md §1 FTT and RAID: fault domain minimums, erasure coding all-flash only, no FTT=3
      // Act
      const result = placeObject(placementInput({ hosts: fixtureHosts(hostCount, { allFlash }), policy: asked }));

      // Assert
      expect('error' in result && result.error.message).toBe(message);
    },
  );

  it('when force provisioning is on, then the object is placed with FTT=0 and flagged', () => {
    // vsan-ha.md §1 Objects (force provisioning); §2 compliance status
    // Act
    const object = expectPlaced(
      placeObject(placementInput({ policy: withPolicy({ ftt: 2, stripeWidth: 3, forceProvisioning: true }) })),
    );

    // Assert
    expect(object.placedPolicy).toStrictEqual(withPolicy({ ftt: 0, stripeWidth: 1, forceProvisioning: true }));
    expect(object.complianceNote).toBe('2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3');
    expect(object.components).toHaveLength(1);
  });

  it('when a swap object is placed with an FTT=2 policy on 3 hosts, then it gets FTT=1 with force provisioning', () => {
    // vsan-ha.md §1 Objects: swap always FTT=1, Force provisioning = Yes
    // Act
    const object = expectPlaced(placeObject(placementInput({ objectKind: 'vmswap', policy: withPolicy({ ftt: 2 }) })));

    // Assert
    expect(object.policy).toStrictEqual(withPolicy({ ftt: 1, forceProvisioning: true }));
    expect(object.placedPolicy.ftt).toBe(1);
  });

  it('when a swap object meets a 2-host cluster, then it is forced down to FTT=0', () => {
    // vsan-ha.md §1 Objects: swap force provisioning; §1 FTT and RAID: FTT=1 mirroring needs 3 FDs
    // Act
    const object = expectPlaced(placeObject(placementInput({ objectKind: 'vmswap', hosts: fixtureHosts(2) })));

    // Assert
    expect(object.placedPolicy.ftt).toBe(0);
  });

  it('when 100% reservation does not fit, then it fails for capacity', () => {
    // vsan-ha.md §1 FTT and RAID table: FTT=1 of 100 GB needs 200 GB
    // Act
    const result = placeObject(
      placementInput({
        hosts: fixtureHosts(3, { capacityGb: 50 }),
        sizeBytes: gb(100),
        policy: withPolicy({ proportionalCapacity: 100 }),
      }),
    );

    // Assert
    expect('error' in result && result.error.code).toBe('insufficient-capacity');
  });

  it('when a host is powered off, then it is not counted as a fault domain', () => {
    // vsan-ha.md §2 Absent vs Degraded: a powered-off host's devices are unreachable
    // Arrange
    const hosts = fixtureHosts(3).map((h) => (h.hostId === 'host-3' ? { ...h, poweredOn: false } : h));

    // Act
    const result = placeObject(placementInput({ hosts }));

    // Assert
    expect('error' in result && result.error.message).toBe(
      '1 failure - RAID-1 (Mirroring) needs 3 fault domains; the cluster has 2',
    );
  });
});
