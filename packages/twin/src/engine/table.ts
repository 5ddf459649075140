/**
 * Keyed arrays with a hidden lookup index. State keeps plain arrays (fast to copy, JSON-friendly); the index lives in
 * a WeakMap keyed by the array, so it is invisible to callers, dies with the array and is rebuilt after a JSON round
 * trip. One index map may serve several arrays of one lineage: replacing items keeps positions, and appending or
 * dropping the tail only adds or strands entries. Every hit is checked against the array, so a stranded entry reads
 * as absent and an index is never wrong, only sometimes shared.
 */

/** Lookup and copy-on-write updates for one kind of keyed array. */
export interface Table<T> {
  keyOf: (item: T) => string;
  find: (items: readonly T[], key: string) => T | undefined;
  /** Index of the item with this key, or -1. */
  position: (items: readonly T[], key: string) => number;
  /** New array with items of the same keys replaced; unknown keys are ignored. */
  replace: (items: readonly T[], updated: readonly T[]) => T[];
  append: (items: readonly T[], added: readonly T[]) => T[];
  remove: (items: readonly T[], keys: readonly string[]) => T[];
}

/** A table whose items are identified by `keyOf`. */
export function createTable<T>(keyOf: (item: T) => string): Table<T> {
  const indexes = new WeakMap<readonly T[], Map<string, number>>();

  const indexOf = (items: readonly T[]): Map<string, number> => {
    const known = indexes.get(items);
    if (known !== undefined) return known;
    const built = new Map<string, number>();
    items.forEach((item, i) => built.set(keyOf(item), i));
    indexes.set(items, built);
    return built;
  };

  const position = (items: readonly T[], key: string): number => {
    const i = indexOf(items).get(key);
    if (i === undefined) return -1;
    const item = items[i];
    return item !== undefined && keyOf(item) === key ? i : -1;
  };

  const find = (items: readonly T[], key: string): T | undefined => {
    const i = position(items, key);
    return i < 0 ? undefined : items[i];
  };

  const replace = (items: readonly T[], updated: readonly T[]): T[] => {
    // Nothing changed: the same array keeps structural sharing (and its index).
    if (updated.length === 0) return items as T[];
    const next = items.slice();
    for (const item of updated) {
      const i = position(items, keyOf(item));
      if (i >= 0) next[i] = item;
    }
    indexes.set(next, indexOf(items));
    return next;
  };

  const append = (items: readonly T[], added: readonly T[]): T[] => {
    const next = [...items, ...added];
    const index = indexOf(items);
    // Sharing is safe unless a key already points elsewhere (a sibling lineage appended it at another position).
    const clash = added.some((item, i) => {
      const at = index.get(keyOf(item));
      return at !== undefined && at !== items.length + i;
    });
    const shared = clash ? new Map(index) : index;
    added.forEach((item, i) => shared.set(keyOf(item), items.length + i));
    indexes.set(next, shared);
    return next;
  };

  const remove = (items: readonly T[], keys: readonly string[]): T[] => {
    const at = [...new Set(keys.map((key) => position(items, key)).filter((i) => i >= 0))].sort((a, b) => a - b);
    if (at.length === 0) return items as T[];
    // Native slices around the removed positions: cheap even for 10,000 items.
    const parts = at.map((i, n) => items.slice(n === 0 ? 0 : (at[n - 1] ?? 0) + 1, i));
    const next = ([] as T[]).concat(...parts, items.slice((at.at(-1) ?? 0) + 1));
    // Dropping only the tail moves nothing: the index still holds for what is left.
    if ((at[0] ?? 0) >= next.length) indexes.set(next, indexOf(items));
    return next;
  };

  return { keyOf, find, position, replace, append, remove };
}
