import type { Harbor } from '@harborview/contracts/harbor';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { sliceKeys } from '../../shared/lib/query-keys';
import { listQueryOptions, routeQueryOptions } from '../../shared/lib/route-query';

/**
 * Query keys of the Harbor slice, and of the twin clock its uptimes are measured against (its own prefix: the clock
 * moves far more often than Harbor does, and the time control refreshes it alone).
 */
export const harborKeys = {
  ...sliceKeys('harbor', ['overview', 'images']),
  clock: () => ['clock'] as const,
};

/** `GET /api/harbor`: services, health, registry endpoint and findings (the presenter's beats read it too). */
export function fetchHarbor(signal?: AbortSignal): Promise<Harbor> {
  return callApi('harbor.get', { signal });
}

/** The Harbor overview query, by `fetchHarbor`. */
export const harborQueryOptions = () =>
  queryOptions({
    queryKey: harborKeys.overview(),
    queryFn: ({ signal }) => fetchHarbor(signal),
  });

/** `GET /api/harbor/images`: the images pushed, with their digests. */
export const harborImagesQueryOptions = () => listQueryOptions(harborKeys.images(), 'harbor.images');

/** `GET /api/twin/clock`: twin time, so uptimes follow the twin (which may run at 10× or 60×). */
export const twinClockQueryOptions = () => routeQueryOptions(harborKeys.clock(), 'twin.clock');
