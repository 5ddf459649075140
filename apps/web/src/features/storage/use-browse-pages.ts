import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import { BROWSE_PAGE_SIZE } from '@harborview/contracts/datastore-browse';
import { useQueries, useQuery } from '@tanstack/react-query';

import { collectPages, pagesForRange } from '../volumes/volume-query';

import { browsePageQueryOptions } from './api';

/** A folder read page by page: the first page's answer, and its entries by index as far as they have loaded. */
export interface BrowsePages {
  status: 'pending' | 'error' | 'success';
  error: unknown;
  /** Entries in the whole folder, once the first page is in. */
  total: number | null;
  entryAt: (index: number) => BrowseEntry | undefined;
  refetch: () => void;
}

/**
 * Random access into a server-paged folder: the first page gives the total, and only the pages under the visible
 * rows are fetched, so dragging the scrollbar to entry 19,000 of `_DEFAULT`'s 20,000 costs one request, not 38.
 */
export function useBrowsePages(
  datastoreId: string,
  path: string,
  range: { first: number; last: number },
  pageSize = BROWSE_PAGE_SIZE,
): BrowsePages {
  const first = useQuery(browsePageQueryOptions(datastoreId, path, 0, pageSize));
  const offsets = pagesForRange(range.first, range.last, pageSize)
    .map((page) => (page - 1) * pageSize)
    .filter((offset) => offset > 0 && first.data !== undefined && offset < first.data.total);
  const rest = useQueries({
    queries: offsets.map((offset) => browsePageQueryOptions(datastoreId, path, offset, pageSize)),
  });
  const { byKey: byOffset, failed } = collectPages(0, first, offsets, rest, (page) => page.entries);
  return {
    status: failed ? 'error' : first.isPending ? 'pending' : 'success',
    error: failed ? failed.error : null,
    total: first.data?.total ?? null,
    entryAt: (index) => byOffset.get(index - (index % pageSize))?.[index % pageSize],
    refetch: () => void Promise.all([first, ...rest].map((q) => q.refetch())),
  };
}
