/**
 * Walking and rewriting the layout tree (vsan-ha.md §1 Components, layout tree). Pure helpers shared by placement,
 * quorum and the failure transitions.
 */
import type { LayoutNode, PlacementPolicy, VsanObject } from './types';

/** The uuids of the data components under a node, left to right. */
export function leafUuids(node: LayoutNode): string[] {
  if (node.type === 'Component') {
    return [node.componentUuid];
  }
  return node.children.flatMap(leafUuids);
}

/**
 * Whether the data under a node can be read when only the leaves passing `usable` work: a RAID_1 needs one child,
 * RAID_0 and Concatenation need every child, RAID_5 can lose one column and RAID_6 two (vsan-ha.md §1 Quorum and votes).
 */
export function isIntact(node: LayoutNode, usable: (componentUuid: string) => boolean): boolean {
  switch (node.type) {
    case 'Component':
      return usable(node.componentUuid);
    case 'RAID_1':
      return node.children.some((child) => isIntact(child, usable));
    case 'RAID_0':
    case 'Concatenation':
      return node.children.every((child) => isIntact(child, usable));
    case 'RAID_5':
    case 'RAID_6': {
      const parity = node.type === 'RAID_5' ? 1 : 2;
      const intact = node.children.filter((child) => isIntact(child, usable)).length;
      return intact >= node.children.length - parity;
    }
  }
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
