import { describe, expect, it } from 'vitest';

import { DEFAULT_POLICY } from './__fixtures__/hosts';
import { collapsePair, columnIndexOf, columnsOf, isIntact, leafUuids, replaceLeaf } from './layout';
import type { LayoutNode } from './types';

const leaf = (uuid: string): LayoutNode => ({ type: 'Component', componentUuid: uuid });

// RAID_1 of a 2-stripe RAID_0 and a Concatenation: the shapes of vsan-ha.md §1 Components, layout tree
const MIRROR: LayoutNode = {
  type: 'RAID_1',
  children: [
    { type: 'RAID_0', children: [leaf('a1'), leaf('a2')] },
    { type: 'Concatenation', children: [leaf('b1'), leaf('b2')] },
  ],
};
const RAID5: LayoutNode = { type: 'RAID_5', children: [leaf('s1'), leaf('s2'), leaf('s3'), leaf('p1')] };
const RAID6: LayoutNode = { type: 'RAID_6', children: ['s1', 's2', 's3', 's4', 'p1', 'p2'].map(leaf) };

describe('isIntact', () => {
  it.each([
    ['every leaf works', MIRROR, [], true],
    ['one stripe of each copy is down', MIRROR, ['a1', 'b2'], false],
    ['the first copy is down entirely', MIRROR, ['a1', 'a2'], true],
    ['one RAID-5 segment is down', RAID5, ['s2'], true],
    ['two RAID-5 segments are down', RAID5, ['s2', 'p1'], false],
    ['two RAID-6 segments are down', RAID6, ['s1', 'p2'], true],
    ['three RAID-6 segments are down', RAID6, ['s1', 's2', 'p2'], false],
  ])('when %s, then intact is %s', (_case, node, down, expected) => {
    // vsan-ha.md §1 Quorum and votes: a full RAID_1 child (all RAID_0/Concatenation leaves) or enough RAID-5/6 segments
    // Act
    const intact = isIntact(node, (uuid) => !down.includes(uuid));

    // Assert
    expect(intact).toBe(expected);
  });
});

describe('tree rewriting', () => {
  it('when leaves are listed, then they come left to right', () => {
    expect(leafUuids(MIRROR)).toStrictEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('when a leaf is paired with a replacement and the pair is collapsed, then the tree keeps the chosen leaf', () => {
    // vsan-ha.md §2 Repair delay timer: a new component is built, then the absent one is discarded
    // Arrange
    const paired = replaceLeaf(MIRROR, 'a2', { type: 'RAID_1', children: [leaf('a2'), leaf('a2x')] });

    // Act
    const completed = collapsePair(paired, 'a2x', 'a2');
    const cancelled = collapsePair(paired, 'a2', 'a2x');

    // Assert
    expect(leafUuids(completed)).toStrictEqual(['a1', 'a2x', 'b1', 'b2']);
    expect(cancelled).toStrictEqual(MIRROR);
  });

  it.each([
    [1, 'b1', 1],
    [1, 'a1', 0],
    [1, 'zz', -1],
    [0, 'b1', 0],
  ] as const)('when FTT=%i, then %s is in column %i', (ftt, uuid, column) => {
    // vsan-ha.md §1 FTT and RAID: each top-level copy is its own column; FTT=0 has one
    // Arrange
    const object = { layout: MIRROR, placedPolicy: { ...DEFAULT_POLICY, ftt } };

    // Act / Assert
    expect(columnIndexOf(object, uuid)).toBe(column);
    expect(columnsOf(object)).toHaveLength(ftt === 0 ? 1 : 2);
  });
});
