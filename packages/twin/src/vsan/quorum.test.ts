import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fixtureHosts } from './__fixtures__/hosts';
import { placedObject, withHostState } from './__fixtures__/objects';
import { columnsOf, leafUuids } from './layout';
import { countVotes, hasIntactData, hasQuorum, isAccessible } from './quorum';
import type { ComponentState, VsanObject } from './types';

const STATES: ComponentState[] = ['ACTIVE', 'ABSENT', 'DEGRADED', 'ACTIVE_STALE', 'ABSENT_RESYNC', 'RECONFIG'];

describe('isAccessible on FTT=1 SW=1 (replicas host-1, host-2, witness host-3)', () => {
  it.each([
    [[], true],
    [['host-1'], true],
    [['host-3'], true],
    [['host-1', 'host-2'], false],
    [['host-1', 'host-3'], false],
  ])('when hosts %j are ABSENT, then accessible is %s', (down, expected) => {
    // vsan-ha.md §1 Quorum and votes: 1 host lost keeps 2/3 votes; 2 hosts lost is inaccessible
    // Arrange
    const object = down.reduce((o, host) => withHostState(o, host, 'ABSENT'), placedObject());

    // Act / Assert
    expect(isAccessible(object)).toBe(expected);
  });

  it('when the surviving replica is ACTIVE_STALE, then it counts for neither votes nor data', () => {
    // vsan-ha.md §1 Quorum and votes [D]: stale components count toward neither the votes nor the full-copy test
    // Arrange
    const object = withHostState(withHostState(placedObject(), 'host-1', 'ABSENT'), 'host-2', 'ACTIVE_STALE');

    // Act / Assert
    expect(countVotes(object)).toStrictEqual({ active: 1, total: 3 });
    expect(hasIntactData(object)).toBe(false);
    expect(isAccessible(object)).toBe(false);
  });

  it('when the witness and one replica are active but data is marked lost, then it is inaccessible', () => {
    // vsan-ha.md §2 Numeric componentState: inaccessible if !DATA_AVAILABLE
    // Arrange
    const object: VsanObject = { ...placedObject(), dataLost: true };

    // Act / Assert
    expect(isAccessible(object)).toBe(false);
  });
});

describe('isAccessible on RAID-5', () => {
  it.each([
    [0, true],
    [1, true],
    [2, false],
  ])('when %i segment hosts are down, then accessible is %s', (downCount, expected) => {
    // vsan-ha.md §1 Quorum and votes: for RAID-5/6, enough data segments; FTT=1 tolerates one
    // Arrange
    const base = placedObject({ hosts: fixtureHosts(4), policy: { faultTolerance: 'RAID-5/6' } });
    const hosts = [...new Set(base.components.map((c) => c.hostId))].slice(0, downCount);
    const object = hosts.reduce((o, host) => withHostState(o, host, 'ABSENT'), base);

    // Act / Assert
    expect(isAccessible(object)).toBe(expected);
  });
});

describe('isAccessible, the rule as a property', () => {
  it('when components take random states, then accessible iff >50% ACTIVE votes and a fully ACTIVE copy', () => {
    // vsan-ha.md §1 Quorum and votes, [D] simulator rule, checked against an independent reading of it
    const base = placedObject({ hosts: fixtureHosts(5), policy: { ftt: 2, stripeWidth: 2 } });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATES), { minLength: base.components.length, maxLength: base.components.length }),
        (states) => {
          const object = {
            ...base,
            components: base.components.map((c, i) => ({ ...c, state: states[i] ?? 'ACTIVE' })),
          };
          const active = new Set(object.components.filter((c) => c.state === 'ACTIVE').map((c) => c.uuid));
          const activeVotes = object.components.filter((c) => active.has(c.uuid)).reduce((s, c) => s + c.votes, 0);
          const totalVotes = object.components.reduce((s, c) => s + c.votes, 0);
          const fullCopy = columnsOf(object).some((column) => leafUuids(column).every((uuid) => active.has(uuid)));
          return (
            isAccessible(object) === (activeVotes * 2 > totalVotes && fullCopy) &&
            hasQuorum(object) === activeVotes * 2 > totalVotes
          );
        },
      ),
    );
  });
});
