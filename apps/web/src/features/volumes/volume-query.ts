import type { VolumeListQuery } from '@harborview/contracts/volumes';
import { VOLUME_SORT_KEYS } from '@harborview/contracts/volumes';

import type { VolumeFilters } from './api';

type SortKey = VolumeListQuery['sort'];
const isSortKey = (v: string | null): v is SortKey => (VOLUME_SORT_KEYS as readonly (string | null)[]).includes(v);

/** Reads the Volumes list's filters from the URL (`?filter=&policy=&status=&health=&sort=&order=`), defaults filled. */
export function volumeFiltersFromSearch(params: URLSearchParams): VolumeFilters {
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    filter: params.get('filter') || undefined,
    policy: params.get('policy') || undefined,
    status: status === 'attached' || status === 'detached' ? status : undefined,
    health: params.get('health') || undefined,
    sort: isSortKey(sort) ? sort : 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes the filters back to the URL, leaving out empty values and the defaults (sort by name, ascending). */
export function volumeFiltersToSearch(filters: VolumeFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['filter', 'policy', 'status', 'health'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}

/** Clicking a column header: the same column flips the order, another column sorts ascending by it. */
export function nextSort(filters: VolumeFilters, key: SortKey): VolumeFilters {
  const order = filters.sort === key && filters.order === 'asc' ? 'desc' : 'asc';
  return { ...filters, sort: key, order };
}

/** The 1-based server pages holding rows `first`…`last` (inclusive, 0-based), so only visible rows are fetched. */
export function pagesForRange(first: number, last: number, pageSize: number): number[] {
  if (last < first || last < 0) return [];
  const from = Math.floor(Math.max(0, first) / pageSize) + 1;
  const to = Math.floor(last / pageSize) + 1;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The rows of the pages fetched so far by page key (the first page's query under `firstKey`, the others under
 * `keys`, in order), and the first of the queries that failed. Volumes key pages by number, Browse by offset.
 */
export function collectPages<K, Q extends { data?: unknown; isError: boolean }, T>(
  firstKey: K,
  first: Q,
  keys: readonly K[],
  rest: readonly Q[],
  rowsOf: (data: NonNullable<Q['data']>) => T[],
): { byKey: Map<K, T[]>; failed: Q | undefined } {
  const byKey = new Map<K, T[]>();
  [first, ...rest].forEach((query, i) => {
    if (query.data) byKey.set(i === 0 ? firstKey : keys[i - 1]!, rowsOf(query.data as NonNullable<Q['data']>));
  });
  return { byKey, failed: [first, ...rest].find((query) => query.isError) };
}

/** Visible rows, 0-based and inclusive. */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * Each end of the range moved to the first row of its page, or `prev` itself when that is where they already are:
 * kept in React state, a scroll within the same pages then changes nothing, so nothing above the list re-renders.
 * `pagesForRange` gives the same pages for the snapped range as for the original.
 */
export function snapRangeToPages(prev: RowRange, first: number, last: number, pageSize: number): RowRange {
  const next = { first: Math.floor(first / pageSize) * pageSize, last: Math.floor(last / pageSize) * pageSize };
  return prev.first === next.first && prev.last === next.last ? prev : next;
}
