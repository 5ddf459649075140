import type { Volume } from '@harborview/contracts/volumes';
import { useQueries, useQuery } from '@tanstack/react-query';

import type { VolumeFilters } from './api';
import { firstVolumesPageQueryOptions, volumesQueryOptions } from './api';
import { collectPages, pagesForRange } from './volume-query';

// Four screens of rows: a page with every volume's object and components is ~200 KB of JSON to parse, so a smaller
// page shows the first rows sooner and keeps each page's parse inside a frame or two while the list scrolls.
export const VOLUME_PAGE_SIZE = 100;

export interface VolumePages {
  total: number | null;
  rowAt: (index: number) => Volume | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => void;
}

/**
 * Random access into the server-paged volume list: page 1 gives the total, and only the pages under the visible
 * rows are fetched, so scrolling to row 9,000 of 10,000 costs one request, not 45.
 */
export function useVolumePages(filters: VolumeFilters, range: { first: number; last: number }): VolumePages {
  const first = useQuery(firstVolumesPageQueryOptions(filters, VOLUME_PAGE_SIZE));
  const pages = pagesForRange(range.first, range.last, VOLUME_PAGE_SIZE).filter((p) => p !== 1);
  const rest = useQueries({ queries: pages.map((p) => volumesQueryOptions(filters, p, VOLUME_PAGE_SIZE)) });
  const { byKey: byPage, failed } = collectPages(1, first, pages, rest, (page) => page.items);
  return {
    total: first.data?.total ?? null,
    rowAt: (index) => byPage.get(Math.floor(index / VOLUME_PAGE_SIZE) + 1)?.[index % VOLUME_PAGE_SIZE],
    error: failed ? failed.error : null,
    isFetching: first.isFetching || rest.some((q) => q.isFetching),
    refetch: () => void first.refetch(),
  };
}
