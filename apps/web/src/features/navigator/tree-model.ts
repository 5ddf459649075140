import type { InventoryNode } from '@harborview/contracts/inventory';

/** A tree node as the keyboard sees it: flattened in display order with its depth and parent. */
export interface VisibleNode {
  node: InventoryNode;
  level: number;
  parentId: string | null;
  setSize: number;
  posInSet: number;
}

/** Flattens the expanded part of the tree in display order (WAI-ARIA tree pattern needs this order). */
export function visibleNodes(root: InventoryNode, expanded: ReadonlySet<string>): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (
    node: InventoryNode,
    level: number,
    parentId: string | null,
    setSize: number,
    posInSet: number,
  ): void => {
    out.push({ node, level, parentId, setSize, posInSet });
    if (!expanded.has(node.id)) return;
    node.children.forEach((child, i) => walk(child, level + 1, node.id, node.children.length, i + 1));
  };
  walk(root, 1, null, 1, 1);
  return out;
}

/** Ids of every ancestor of `targetId`, root first, so a deep link can open the path to its node. */
export function ancestorIds(root: InventoryNode, targetId: string): string[] | null {
  if (root.id === targetId) return [];
  for (const child of root.children) {
    const path = ancestorIds(child, targetId);
    if (path) return [root.id, ...path];
  }
  return null;
}

export type TreeKey = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End';

/** What a key does in the tree: move focus, expand or collapse (WAI-ARIA APG tree view keyboard rules). */
export function treeKeyAction(
  key: TreeKey,
  nodes: VisibleNode[],
  focusedId: string,
  expanded: ReadonlySet<string>,
): { focus: string } | { expand: string } | { collapse: string } | null {
  const index = nodes.findIndex((n) => n.node.id === focusedId);
  const current = nodes[index];
  if (!current) return null;
  const hasChildren = current.node.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return nodes[index + 1] ? { focus: nodes[index + 1]!.node.id } : null;
    case 'ArrowUp':
      return nodes[index - 1] ? { focus: nodes[index - 1]!.node.id } : null;
    case 'Home':
      return { focus: nodes[0]!.node.id };
    case 'End':
      return { focus: nodes[nodes.length - 1]!.node.id };
    case 'ArrowRight':
      if (!hasChildren) return null;
      if (!expanded.has(current.node.id)) return { expand: current.node.id };
      return { focus: current.node.children[0]!.id };
    case 'ArrowLeft':
      if (hasChildren && expanded.has(current.node.id)) return { collapse: current.node.id };
      return current.parentId ? { focus: current.parentId } : null;
  }
}
