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

/** Console pages outside the inventory that search also reaches. */
export type PageResultKind = 'volume' | 'policy' | 'harborService';

export interface PageSearchResult {
  id: string;
  kind: PageResultKind;
  name: string;
  /** Where choosing the result navigates. */
  path: string;
}

export interface PageSearchSources {
  volumes: string[];
  policies: string[];
  harborServices: string[];
}

export const PAGE_KIND_LABELS: Record<PageResultKind, string> = {
  volume: 'volume',
  policy: 'storage policy',
  harborService: 'Harbor service',
};

const PAGE_KIND_ORDER: Record<PageResultKind, number> = { volume: 0, policy: 1, harborService: 2 };

/** Finds volumes, storage policies and Harbor services by name (case-insensitive), prefix matches first. */
export function searchPages(
  sources: PageSearchSources,
  query: string,
  pathFor: (kind: PageResultKind, name: string) => string,
): PageSearchResult[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const candidates: [PageResultKind, string[]][] = [
    ['volume', sources.volumes],
    ['policy', sources.policies],
    ['harborService', sources.harborServices],
  ];
  const rank = (r: PageSearchResult): number => (r.name.toLowerCase().startsWith(needle) ? 0 : 1);
  return candidates
    .flatMap(([kind, names]) =>
      [...new Set(names)]
        .filter((name) => name.toLowerCase().includes(needle))
        .map((name) => ({ id: `${kind}:${name}`, kind, name, path: pathFor(kind, name) })),
    )
    .sort(
      (a, b) => rank(a) - rank(b) || PAGE_KIND_ORDER[a.kind] - PAGE_KIND_ORDER[b.kind] || a.name.localeCompare(b.name),
    )
    .slice(0, MAX_RESULTS);
}
