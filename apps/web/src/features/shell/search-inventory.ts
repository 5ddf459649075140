import type { InventoryNode, ObjectKind } from '@harborview/contracts/inventory';

export interface SearchResult {
  id: string;
  kind: ObjectKind;
  name: string;
}

const MAX_RESULTS = 20;

/** Finds objects whose name contains the query (case-insensitive), once each, prefix matches first. */
export function searchInventory(trees: InventoryNode[], query: string): SearchResult[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const seen = new Map<string, SearchResult>();
  const walk = (node: InventoryNode): void => {
    const key = `${node.kind}:${node.id}`;
    if (!seen.has(key) && node.name.toLowerCase().includes(needle))
      seen.set(key, { id: node.id, kind: node.kind, name: node.name });
    node.children.forEach(walk);
  };
  trees.forEach(walk);
  const rank = (r: SearchResult): number => (r.name.toLowerCase().startsWith(needle) ? 0 : 1);
  return [...seen.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name)).slice(0, MAX_RESULTS);
}
