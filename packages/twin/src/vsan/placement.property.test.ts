import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createRng } from '../rng';

import { fixtureHosts } from './__fixtures__/hosts';
import { plannedCapacity } from './capacity';
import { hostDown } from './failures';
import { columnsOf, leafUuids } from './layout';
import type { PlacementInput } from './placement';
import { placeObject } from './placement';
import { isAccessible } from './quorum';
import type { PlacementPolicy, VsanObject } from './types';
import { gb, seconds } from './units';

const policyArb: fc.Arbitrary<PlacementPolicy> = fc.record({
  ftt: fc.constantFrom(0, 1, 2, 3),
  stripeWidth: fc.integer({ min: 1, max: 12 }),
  faultTolerance: fc.constantFrom('RAID-1', 'RAID-5/6'),
  proportionalCapacity: fc.integer({ min: 0, max: 100 }),
  forceProvisioning: fc.boolean(),
});

const inputArb: fc.Arbitrary<PlacementInput> = fc
  .record({
    hostCount: fc.integer({ min: 1, max: 8 }),
    capacityDisks: fc.integer({ min: 1, max: 4 }),
    allFlash: fc.boolean(),
    sizeGb: fc.integer({ min: 1, max: 800 }),
    policy: policyArb,
    kind: fc.constantFrom('vdisk', 'namespace', 'vmswap'),
    seed: fc.integer(),
  })
  .map(({ hostCount, capacityDisks, allFlash, sizeGb, policy, kind, seed }) => ({
    objectKind: kind,
    name: 'prop.vmdk',
    sizeBytes: gb(sizeGb),
    policy,
    hosts: fixtureHosts(hostCount, { capacityDisks, allFlash }),
    rng: createRng(seed),
  }));

function placedOrNull(input: PlacementInput): VsanObject | null {
  const result = placeObject(input);
  return 'error' in result ? null : result.object;
}

/** Asserts `holds` of every object placed from a generated input; an input placement refuses passes. */
function assertEveryPlaced(holds: (object: VsanObject) => boolean): void {
  fc.assert(
    fc.property(inputArb, (input) => {
      const object = placedOrNull(input);
      return object === null || holds(object);
    }),
  );
}

function hostsOf(object: VsanObject, uuids: readonly string[]): Set<string> {
  return new Set(object.components.filter((c) => uuids.includes(c.uuid)).map((c) => c.hostId));
}

describe('placeObject properties', () => {
  it('when an object is placed, then its copies never share a host and witnesses sit alone', () => {
    // vsan-ha.md §1 FTT and RAID: n+1 places on distinct fault domains (hosts here)
    assertEveryPlaced((object) => {
      const columnHosts = columnsOf(object).map((column) => hostsOf(object, leafUuids(column)));
      const witnessHosts = object.components.filter((c) => c.type === 'Witness').map((c) => c.hostId);
      const all = [...columnHosts.flatMap((set) => [...set]), ...witnessHosts];
      return new Set(all).size === all.length;
    });
  });

  it('when an object is placed, then any FTT hosts going down leave it accessible', () => {
    // vsan-ha.md §1 Quorum and votes: an object tolerates FTT failures (1 host of 3 for FTT=1)
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1000 }), (input, pick) => {
        const object = placedOrNull(input);
        if (object === null) {
          return true;
        }
        const hosts = input.hosts.map((h) => h.hostId);
        // A rotation of the host list, so the FTT hosts taken down are distinct.
        const rotated = [...hosts.slice(pick % hosts.length), ...hosts.slice(0, pick % hosts.length)];
        const down = rotated.slice(0, object.placedPolicy.ftt);
        return isAccessible(down.reduce((o, host) => hostDown(o, host, seconds(0)), object));
      }),
    );
  });

  it('when an object is placed, then its vote total is odd so no partition splits it 50/50', () => {
    // vsan-ha.md §1 Quorum and votes: >50% of votes needed
    assertEveryPlaced((object) => object.components.reduce((sum, c) => sum + c.votes, 0) % 2 === 1);
  });

  it('when an object is placed, then its data components add up to the policy multiple of its size', () => {
    // vsan-ha.md §1 FTT and RAID table: 100 GB takes 100/200/133/300/150/400 GB
    assertEveryPlaced((object) => {
      const sum = object.components.filter((c) => c.type === 'Component').reduce((total, c) => total + c.sizeBytes, 0);
      return (
        sum === plannedCapacity(object.sizeBytes, object.placedPolicy) &&
        object.components.every((c) => c.sizeBytes <= gb(255))
      );
    });
  });

  it('when the same input and seed are placed twice, then the results are identical', () => {
    // vsan-ha.md §6: the twin is deterministic; seeded RNG breaks ties
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(placeObject(input)).toStrictEqual(placeObject(input));
      }),
    );
  });
});
