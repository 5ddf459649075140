import { ClockSchema } from '@harborview/contracts/clock';
import { HarborImageListSchema, HarborSchema } from '@harborview/contracts/harbor';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/**
 * Query keys of the Harbor slice, and of the twin clock its uptimes are measured against (its own prefix: the clock
 * moves far more often than Harbor does, and the time control refreshes it alone).
 */
export const harborKeys = {
  all: ['harbor'] as const,
  overview: () => [...harborKeys.all, 'overview'] as const,
  images: () => [...harborKeys.all, 'images'] as const,
  clock: () => ['clock'] as const,
};

/** `GET /api/harbor`: services, health, registry endpoint and findings. */
export const harborQueryOptions = () =>
  queryOptions({
    queryKey: harborKeys.overview(),
    queryFn: ({ signal }) => request(HarborSchema, API_ROUTES.harbor, { signal }),
  });

/** `GET /api/harbor/images`: the images pushed, with their digests. */
export const harborImagesQueryOptions = () =>
  queryOptions({
    queryKey: harborKeys.images(),
    queryFn: ({ signal }) => request(HarborImageListSchema, API_ROUTES.harborImages, { signal }),
    select: (list) => list.items,
  });

/** `GET /api/twin/clock`: twin time, so uptimes follow the twin (which may run at 10× or 60×). */
export const twinClockQueryOptions = () =>
  queryOptions({
    queryKey: harborKeys.clock(),
    queryFn: ({ signal }) => request(ClockSchema, API_ROUTES.twinClock, { signal }),
  });
