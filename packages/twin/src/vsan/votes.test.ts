import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { VoteInput } from './votes';
import { planVotes, survivesFaultDomainLoss } from './votes';

function components(perDomain: readonly number[]): VoteInput[] {
  return perDomain.flatMap((count, fd) =>
    Array.from({ length: count }, (_, i) => ({ uuid: `fd${fd}-c${i}`, faultDomain: `fd${fd}` })),
  );
}

function totals(input: readonly VoteInput[], plan: NonNullable<ReturnType<typeof planVotes>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of input) {
    map.set(c.faultDomain, (map.get(c.faultDomain) ?? 0) + (plan.votes[c.uuid] ?? 0));
  }
  for (const w of plan.witnesses) {
    map.set(w.faultDomain, (map.get(w.faultDomain) ?? 0) + w.votes);
  }
  return map;
}

describe('planVotes', () => {
  it.each([
    ['FTT=1 SW=1 mirrors on 2 FDs', [1, 1], 1, [{ faultDomain: 'w0', votes: 1 }]],
    ['FTT=1 SW=2 mirrors on 2 FDs', [2, 2], 1, [{ faultDomain: 'w0', votes: 1 }]],
    [
      'FTT=2 SW=1 mirrors on 3 FDs',
      [1, 1, 1],
      2,
      [
        { faultDomain: 'w0', votes: 1 },
        { faultDomain: 'w1', votes: 1 },
      ],
    ],
    ['RAID-5 segments on 4 FDs', [1, 1, 1, 1], 1, []],
    ['SW=6 mirrors spread over 4 FDs', [3, 3, 3, 3], 1, []],
  ])('when %s, then the witnesses are %j', (_case, perDomain, ftt, witnesses) => {
    // vsan-ha.md §1 Quorum and votes (1+1+1 example; RAID-5/6 and many stripes need no witness) and FTT table
    // Act
    const plan = planVotes(components(perDomain), ftt, ['w0', 'w1', 'w2']);

    // Assert
    expect(plan?.witnesses).toStrictEqual(witnesses);
  });

  it('when a RAID-5 has 4 votes, then one segment gets 2 so the total is odd', () => {
    // vsan-ha.md §1 Quorum and votes: the gist shows an erasure-coded component with votes: 2
    // Act
    const plan = planVotes(components([1, 1, 1, 1]), 1, []);

    // Assert
    expect(plan?.votes).toStrictEqual({ 'fd0-c0': 2, 'fd1-c0': 1, 'fd2-c0': 1, 'fd3-c0': 1 });
  });

  it('when a witness is needed and no fault domain is free, then there is no plan', () => {
    expect(planVotes(components([1, 1]), 1, [])).toBeNull();
  });

  it('when any spread of components is planned, then losing any FTT fault domains keeps quorum and the total is odd', () => {
    // vsan-ha.md §1 Quorum and votes: >50% of votes after FTT failures; odd totals leave no 50/50 split
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 3 }),
        (perDomain, ftt) => {
          const input = components(perDomain);
          const plan = planVotes(input, ftt, ['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
          if (plan === null) {
            return false;
          }
          const map = totals(input, plan);
          const total = [...map.values()].reduce((a, b) => a + b, 0);
          return survivesFaultDomainLoss(map, ftt) && total % 2 === 1;
        },
      ),
    );
  });
});
