import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { RngState } from '../rng';
import { createRng, nextRandom } from '../rng';

import { fixtureHost } from './__fixtures__/hosts';
import type { UsableDisk } from './fault-domains';
import { usableFaultDomains } from './fault-domains';
import { chooseReplacementDisk, reserveSpace, trackFreeSpace } from './replacement-disk';
import type { VsanHost } from './types';
import { gb } from './units';

/** The choice as `rebuild` first made it: tie keys drawn one by one in id order, then one reduce in FD order. */
function referenceChoice(
  hosts: readonly VsanHost[],
  avoid: ReadonlySet<string>,
  reservation: number,
  free: ReadonlyMap<string, number>,
  rng: RngState,
): { diskId: string | undefined; hostId: string | undefined; rng: RngState } {
  const freeOf = (d: UsableDisk): number => free.get(d.capacityDisk.diskId) ?? 0;
  const candidates = [...usableFaultDomains(hosts)]
    .filter(([fd]) => !avoid.has(fd))
    .flatMap(([, disks]) => disks)
    .filter((d) => reservation === 0 || freeOf(d) >= reservation);
  const keys = new Map<string, number>();
  let random = rng;
  for (const id of candidates.map((d) => d.capacityDisk.diskId).sort()) {
    const [value, next] = nextRandom(random);
    keys.set(id, value);
    random = next;
  }
  const keyOf = (d: UsableDisk): number => keys.get(d.capacityDisk.diskId) ?? 0;
  const disk = candidates.reduce<UsableDisk | undefined>(
    (best, d) =>
      best === undefined || freeOf(best) - freeOf(d) < 0 || (freeOf(best) === freeOf(d) && keyOf(d) < keyOf(best))
        ? d
        : best,
    undefined,
  );
  return { diskId: disk?.capacityDisk.diskId, hostId: disk?.hostId, rng: random };
}

// Few distinct free values and reservations, so ties and "no room" both happen often.
const clusterArb = fc.record({
  hosts: fc.array(
    fc.record({
      index: fc.integer({ min: 1, max: 9 }),
      disks: fc.integer({ min: 1, max: 3 }),
      up: fc.boolean(),
      domain: fc.option(fc.constantFrom('fd-a', 'fd-b', 'fd-c'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  freeGb: fc.array(fc.constantFrom(0, 10, 20, 20, 30), { minLength: 27, maxLength: 27 }),
  avoid: fc.subarray(['host-1', 'host-2', 'host-3', 'fd-a', 'fd-b']),
  reservationGb: fc.constantFrom(0, 0, 5, 20, 25),
  seed: fc.integer(),
});

type ClusterDraw = typeof clusterArb extends fc.Arbitrary<infer C> ? C : never;

/** The drawn hosts as vSAN hosts. */
function hostsOf(specs: ClusterDraw['hosts']): VsanHost[] {
  return specs.map((h) => ({
    ...fixtureHost(h.index, { capacityDisks: h.disks, ...(h.domain === undefined ? {} : { faultDomain: h.domain }) }),
    poweredOn: h.up,
  }));
}

/** Free bytes by device id: the drawn GB, one per distinct device in order of first appearance. */
function freeBytesOf(hosts: readonly VsanHost[], freeGb: readonly number[]): Map<string, number> {
  const ids = [...new Set(hosts.flatMap((h) => h.diskGroups.flatMap((g) => g.capacityDisks.map((d) => d.diskId))))];
  return new Map(ids.map((id, i) => [id, gb(freeGb[i] ?? 0) as number]));
}

describe('chooseReplacementDisk', () => {
  it('when any cluster, free space, blocked fault domains and reservation are given, then it picks the same device and RNG as one reduce over drawn keys', () => {
    fc.assert(
      fc.property(clusterArb, ({ hosts: specs, freeGb, avoid, reservationGb, seed }) => {
        // Arrange: repeated host indexes give repeated device ids, which only hand-made host lists have
        const hosts = hostsOf(specs);
        const free = freeBytesOf(hosts, freeGb);
        const rng = createRng(seed);

        // Act
        const choice = chooseReplacementDisk(trackFreeSpace(hosts, free), new Set(avoid), gb(reservationGb), rng);

        // Assert
        const expected = referenceChoice(hosts, new Set(avoid), gb(reservationGb), free, rng);
        expect({
          diskId: choice.disk?.capacityDisk.diskId,
          hostId: choice.disk?.hostId,
          rng: choice.rng,
        }).toStrictEqual(expected);
      }),
    );
  });

  it('when several replacements reserve space in turn, then every choice matches the reference on the updated free bytes', () => {
    fc.assert(
      fc.property(
        clusterArb,
        fc.array(fc.constantFrom(0, 5, 10, 20), { minLength: 1, maxLength: 6 }),
        (cluster, steps) => {
          // Arrange
          const hosts = hostsOf(cluster.hosts);
          const reference = freeBytesOf(hosts, cluster.freeGb);
          const space = trackFreeSpace(hosts, reference);
          const avoid = new Set(cluster.avoid);
          let rng = createRng(cluster.seed);

          for (const reservationGb of steps) {
            // Act
            const choice = chooseReplacementDisk(space, avoid, gb(reservationGb), rng);

            // Assert
            const expected = referenceChoice(hosts, avoid, gb(reservationGb), reference, rng);
            expect([choice.disk?.capacityDisk.diskId, choice.rng]).toStrictEqual([expected.diskId, expected.rng]);
            rng = choice.rng;
            if (expected.diskId !== undefined) {
              reserveSpace(space, expected.diskId, gb(reservationGb));
              reference.set(expected.diskId, (reference.get(expected.diskId) ?? 0) - gb(reservationGb));
            }
          }
          expect(space.bytes).toStrictEqual(reference);
        },
      ),
    );
  });

  it('when space is reserved on the emptiest device, then the next choice sees it taken off', () => {
    // Arrange
    const hosts = [fixtureHost(1), fixtureHost(2, { usedGb: 10 })];
    const free = new Map([
      ['host-1-cap-1', gb(100) as number],
      ['host-1-cap-2', gb(50) as number],
      ['host-2-cap-1', gb(90) as number],
      ['host-2-cap-2', gb(40) as number],
    ]);
    const space = trackFreeSpace(hosts, free);

    // Act
    const first = chooseReplacementDisk(space, new Set(), gb(20), createRng(1));
    reserveSpace(space, first.disk?.capacityDisk.diskId ?? '', gb(20));
    const second = chooseReplacementDisk(space, new Set(), gb(20), first.rng);

    // Assert
    expect([first.disk?.capacityDisk.diskId, second.disk?.capacityDisk.diskId]).toStrictEqual([
      'host-1-cap-1',
      'host-2-cap-1',
    ]);
    expect(space.bytes.get('host-1-cap-1')).toBe(gb(80));
    expect(free.get('host-1-cap-1')).toBe(gb(100));
  });
});
