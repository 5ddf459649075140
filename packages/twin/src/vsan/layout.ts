/**
 * Walking and rewriting the layout tree (vsan-ha.md §1 Components, layout tree). Pure helpers shared by placement,
 * quorum and the failure transitions.
 */
import type { LayoutNode, PlacementPolicy, VsanObject } from './types';

/** The uuids of the data components under a node, left to right. */
export function leafUuids(node: LayoutNode): string[] {
  const into: string[] = [];
  collectLeaves(node, into);
  return into;
}

function collectLeaves(node: LayoutNode, into: string[]): void {
  if (node.type === 'Component') {
    into.push(node.componentUuid);
    return;
  }
  for (const child of node.children) collectLeaves(child, into);
}

/**
 * Whether the data under a node can be read when only the leaves passing `usable` work: a RAID_1 needs one child,
 * RAID_0 and Concatenation need every child, RAID_5 can lose one column and RAID_6 two (vsan-ha.md §1 Quorum and votes).
 */
export function isIntact(node: LayoutNode, usable: (componentUuid: string) => boolean): boolean {
  switch (node.type) {
    case 'Component':
      return usable(node.componentUuid);
    // Indexed loops, not some/every or for-of: every resyncing object is checked at every deadline, often while the
    // code is still cold (where iterators allocate).
    case 'RAID_1':
      for (let i = 0; i < node.children.length; i += 1) if (isIntactAt(node.children, i, usable)) return true;
      return false;
    case 'RAID_0':
    case 'Concatenation':
      for (let i = 0; i < node.children.length; i += 1) if (!isIntactAt(node.children, i, usable)) return false;
      return true;
    case 'RAID_5':
    case 'RAID_6': {
      const parity = node.type === 'RAID_5' ? 1 : 2;
      let intact = 0;
      for (let i = 0; i < node.children.length; i += 1) if (isIntactAt(node.children, i, usable)) intact += 1;
      return intact >= node.children.length - parity;
    }
  }
}

function isIntactAt(children: readonly LayoutNode[], i: number, usable: (componentUuid: string) => boolean): boolean {
  const child = children[i];
  return child !== undefined && isIntact(child, usable);
}

/** Replaces the leaf of `componentUuid` with `replacement`; other nodes are kept as they are. */
export function replaceLeaf(node: LayoutNode, componentUuid: string, replacement: LayoutNode): LayoutNode {
  if (node.type === 'Component') {
    return node.componentUuid === componentUuid ? replacement : node;
  }
  return { type: node.type, children: node.children.map((child) => replaceLeaf(child, componentUuid, replacement)) };
}

/** Whether the placed policy mirrors or erasure-codes, i.e. whether the root's children are independent columns. */
function hasColumns(policy: PlacementPolicy): boolean {
  return policy.ftt > 0;
}

/**
 * The top-level columns of an object: the RAID_1 replicas or RAID_5/6 segments, or the whole tree when the object
 * has no redundancy. Components of different columns must never share a fault domain.
 */
export function columnsOf(object: Pick<VsanObject, 'layout' | 'placedPolicy'>): LayoutNode[] {
  const { layout } = object;
  if (hasColumns(object.placedPolicy) && layout.type !== 'Component') {
    return layout.children;
  }
  return [layout];
}

/** The column of every data component (its first, should a uuid repeat), as `columnIndexOf` gives it one by one. */
export function columnIndexes(object: Pick<VsanObject, 'layout' | 'placedPolicy'>): Map<string, number> {
  const columns = new Map<string, number>();
  columnsOf(object).forEach((column, i) => {
    for (const uuid of leafUuids(column)) if (!columns.has(uuid)) columns.set(uuid, i);
  });
  return columns;
}

/** Index of the column holding a data component, or -1 for witnesses and unknown uuids. */
export function columnIndexOf(object: Pick<VsanObject, 'layout' | 'placedPolicy'>, componentUuid: string): number {
  return columnsOf(object).findIndex((column) => leafUuids(column).includes(componentUuid));
}

/**
 * Collapses the temporary RAID_1 pair a rebuild creates around a failed leaf (`[old, replacement]`) back to a single
 * leaf, keeping `keepUuid`; every other node is left alone.
 */
export function collapsePair(node: LayoutNode, keepUuid: string, dropUuid: string): LayoutNode {
  if (node.type === 'Component') {
    return node;
  }
  const pair = node.children.map((child) => (child.type === 'Component' ? child.componentUuid : null));
  if (node.type === 'RAID_1' && pair.length === 2 && pair.includes(keepUuid) && pair.includes(dropUuid)) {
    return { type: 'Component', componentUuid: keepUuid };
  }
  return { type: node.type, children: node.children.map((child) => collapsePair(child, keepUuid, dropUuid)) };
}
