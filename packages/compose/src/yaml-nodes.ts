import type { Document, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';

/** A node found by following aliases, remembering whether an alias was crossed on the way. */
export interface Resolved<T> {
  readonly node: T;
  readonly viaAlias: boolean;
}

// Bounds merge-key chains (`<<: *a` where a merges b …); real files use one level.
const MAX_MERGE_HOPS = 8;

/** Follows an alias to its anchored node; other nodes come back as they are. */
export function resolveNode(node: unknown, document: Document.Parsed): Resolved<unknown> {
  if (isAlias(node)) return { node: node.resolve(document), viaAlias: true };
  return { node, viaAlias: false };
}

/** The string value of a scalar key or value, or null for anything else. */
export function scalarString(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const { value } = node;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(node.source ?? value);
  return null;
}

/** The pair with this key: own keys first, then `<<` merge sources in order, as Compose reads them. */
function findPair(map: YAMLMap, key: string, document: Document.Parsed, hops = 0): Resolved<Pair> | null {
  for (const pair of map.items) {
    if (scalarString(pair.key) === key) return { node: pair, viaAlias: false };
  }
  if (hops >= MAX_MERGE_HOPS) return null;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const resolved = resolveNode(source, document);
      if (!isMap(resolved.node)) continue;
      const found = findPair(resolved.node, key, document, hops + 1);
      if (found !== null) return { node: found.node, viaAlias: true };
    }
  }
  return null;
}

// With `merge: true` yaml gives `<<` keys a Symbol value; its source text is still `<<`.
function isMergeKey(node: unknown): boolean {
  return isScalar(node) && (typeof node.value === 'symbol' || node.value === '<<') && node.source === '<<';
}

/** The value under a key, aliases followed. */
export function mapValue(map: YAMLMap, key: string, document: Document.Parsed): Resolved<unknown> | null {
  const pair = findPair(map, key, document);
  if (pair === null) return null;
  const value = resolveNode(pair.node.value, document);
  return { node: value.node, viaAlias: pair.viaAlias || value.viaAlias };
}

/** A scalar value's string under a key, or null. */
export function mapString(map: YAMLMap, key: string, document: Document.Parsed): string | null {
  return scalarString(mapValue(map, key, document)?.node);
}

/** True when the node is a scalar holding a value YAML reads as true (`true`, also `yes`/`on` in YAML 1.1 files). */
export function isTruthyScalar(node: unknown): boolean {
  if (!isScalar(node)) return false;
  if (node.value === true) return true;
  return typeof node.value === 'string' && /^(?:yes|Yes|YES|on|On|ON|y|Y)$/.test(node.value);
}

/** Narrowing helper for a map node. */
export function asMap(node: unknown): YAMLMap | null {
  return isMap(node) ? node : null;
}
