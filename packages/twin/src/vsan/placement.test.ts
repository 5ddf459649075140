import { describe, expect, it } from 'vitest';

import { createRng } from '../rng';

import { describeObject } from './__fixtures__/describe';
import ftt1Sw2 from './__fixtures__/ftt1-sw2-three-hosts.json';
import { fixtureHost, fixtureHosts } from './__fixtures__/hosts';
import { expectPlaced, placementInput, withPolicy } from './__fixtures__/placement-input';
import { leafUuids } from './layout';
import { placeObject } from './placement';
import { gb } from './units';

describe('placeObject, RAID-1', () => {
  it('when FTT=1 SW=1 on 3 hosts, then 2 components and 1 witness get 1 vote each on 3 hosts', () => {
    // vsan-ha.md §1 Quorum and votes: canonical Hogan RVC output, votes 1+1+1
    // Act
    const object = expectPlaced(placeObject(placementInput()));

    // Assert
    expect(describeObject(object)).toStrictEqual({
      layout: {
        type: 'RAID_1',
        children: [
          { host: 'host-1', type: 'Component', state: 'ACTIVE', votes: 1, sizeGb: 40 },
          { host: 'host-2', type: 'Component', state: 'ACTIVE', votes: 1, sizeGb: 40 },
        ],
      },
      witnesses: [{ host: 'host-3', type: 'Witness', state: 'ACTIVE', votes: 1, sizeGb: 0 }],
      totalVotes: 3,
    });
  });

  it('when FTT=1 SW=2 on 3 hosts, then it matches the Physical Placement fixture', () => {
    // vsan-ha.md §1 Components, layout tree (stripes are RAID_0 components inside each replica)
    // Act
    const object = expectPlaced(placeObject(placementInput({ policy: withPolicy({ stripeWidth: 2 }) })));

    // Assert
    const { doc: _doc, ...expected } = ftt1Sw2;
    expect(describeObject(object)).toStrictEqual(expected);
  });

  it('when SW=2, then the two stripes of a replica sit on distinct capacity devices', () => {
    // vsan-ha.md §1 Components, layout tree: "RAID_0-striped across that many capacity devices"
    // Act
    const object = expectPlaced(placeObject(placementInput({ policy: withPolicy({ stripeWidth: 2 }) })));

    // Assert
    const host1Disks = object.components.filter((c) => c.hostId === 'host-1').map((c) => c.capacityDisk.diskId);
    expect(new Set(host1Disks).size).toBe(2);
  });

  it('when a 700 GB VMDK is placed, then each full copy is a Concatenation of 3 components', () => {
    // vsan-ha.md §1 Components, layout tree: largest component 255 GB, 700 GB takes 3 per copy
    // Act
    const object = expectPlaced(placeObject(placementInput({ sizeBytes: gb(700) })));

    // Assert
    expect(object.layout.type).toBe('RAID_1');
    const copies = object.layout.type === 'Component' ? [] : object.layout.children;
    expect(copies.map((copy) => [copy.type, leafUuids(copy).length])).toStrictEqual([
      ['Concatenation', 3],
      ['Concatenation', 3],
    ]);
  });

  it.each([
    [2, 5, 2],
    [3, 7, 3],
  ] as const)('when FTT=%i on %i hosts, then there are FTT+1 copies and %i witnesses', (ftt, hostCount, witnesses) => {
    // vsan-ha.md §1 FTT and RAID table: 2n+1 fault domains, "yes, usually 2" witnesses for FTT=2
    // Act
    const object = expectPlaced(
      placeObject(placementInput({ hosts: fixtureHosts(hostCount), policy: withPolicy({ ftt }) })),
    );

    // Assert
    expect(object.components.filter((c) => c.type === 'Component')).toHaveLength(ftt + 1);
    expect(object.components.filter((c) => c.type === 'Witness')).toHaveLength(witnesses);
  });

  it('when 4 hosts with 3 devices each take SW=6, then stripes spread over all hosts and no witness is needed', () => {
    // vsan-ha.md §1 Quorum and votes: cormachogan 4-host SW=6 example showed no witness
    // Act
    const object = expectPlaced(
      placeObject(
        placementInput({ hosts: fixtureHosts(4, { capacityDisks: 3 }), policy: withPolicy({ stripeWidth: 6 }) }),
      ),
    );

    // Assert
    expect(object.components.filter((c) => c.type === 'Witness')).toStrictEqual([]);
    expect(new Set(object.components.map((c) => c.hostId)).size).toBe(4);
    expect(object.components.reduce((sum, c) => sum + c.votes, 0) % 2).toBe(1);
  });

  it('when thin objects are placed with different seeds, then witnesses land on different hosts', () => {
    // vsan-ha.md §1 Quorum and votes: "Different VMs can (and do) put their witness on different hosts" [D]
    // Act
    const witnessHosts = new Set(
      Array.from({ length: 12 }, (_, seed) =>
        expectPlaced(placeObject(placementInput({ hosts: fixtureHosts(3), rng: createRng(seed) }))),
      ).flatMap((o) => o.components.filter((c) => c.type === 'Witness').map((c) => c.hostId)),
    );

    // Assert
    expect(witnessHosts.size).toBe(3);
  });
});

describe('placeObject, fault domains', () => {
  it('when 6 hosts sit in 3 fault domains, then the copies and the witness take one fault domain each', () => {
    // vsan-ha.md §1 FTT and RAID: "2n+1 fault domains ... are required"
    // Arrange
    const hosts = [1, 2, 3, 4, 5, 6].map((i) => fixtureHost(i, { faultDomain: `rack-${Math.ceil(i / 2)}` }));

    // Act
    const object = expectPlaced(placeObject(placementInput({ hosts })));

    // Assert
    expect(object.components.map((c) => c.faultDomain).sort()).toStrictEqual(['rack-1', 'rack-2', 'rack-3']);
  });

  it('when 4 hosts sit in 2 fault domains, then FTT=1 cannot be placed', () => {
    // vsan-ha.md §1 FTT and RAID: a fault domain counts once, however many hosts it has
    // Arrange
    const hosts = [1, 2, 3, 4].map((i) => fixtureHost(i, { faultDomain: i <= 2 ? 'rack-a' : 'rack-b' }));

    // Act
    const result = placeObject(placementInput({ hosts }));

    // Assert
    expect('error' in result && result.error.message).toBe(
      '1 failure - RAID-1 (Mirroring) needs 3 fault domains; the cluster has 2',
    );
  });
});

describe('placeObject, determinism', () => {
  it('when the same seed and inputs are used, then the objects are identical', () => {
    // Act
    const first = placeObject(placementInput({ hosts: fixtureHosts(5), rng: createRng(99) }));
    const second = placeObject(placementInput({ hosts: fixtureHosts(5), rng: createRng(99) }));

    // Assert
    expect(first).toStrictEqual(second);
  });

  it('when hosts are listed in another order, then the same seed gives the same object', () => {
    // Act
    const first = placeObject(placementInput({ hosts: fixtureHosts(4), rng: createRng(7) }));
    const second = placeObject(placementInput({ hosts: fixtureHosts(4).reverse(), rng: createRng(7) }));

    // Assert
    expect(first).toStrictEqual(second);
  });
});
