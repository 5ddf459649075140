import { HealthSchema } from '@harborview/contracts/health';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

export const shellKeys = { health: ['health'] as const };

/** Version and backend kind for the header's About entry. */
export const healthQueryOptions = () =>
  queryOptions({
    queryKey: shellKeys.health,
    queryFn: ({ signal }) => request(HealthSchema, API_ROUTES.health, { signal }),
  });
