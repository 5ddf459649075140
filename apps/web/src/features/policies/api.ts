import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the storage policies slice. */
export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
};

/** `GET /api/policies`: `policy ls` with decoded rules and the volumes using each policy. */
export const policiesQueryOptions = () =>
  queryOptions({
    queryKey: policyKeys.list(),
    queryFn: ({ signal }) => callApi('policies.list', { signal }),
    select: (list) => list.items,
  });
