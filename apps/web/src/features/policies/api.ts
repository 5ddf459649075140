import { PolicyListSchema } from '@harborview/contracts/policies';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the storage policies slice. */
export const policyKeys = {
  all: ['policies'] as const,
  list: () => [...policyKeys.all, 'list'] as const,
};

/** `GET /api/policies`: `policy ls` with decoded rules and the volumes using each policy. */
export const policiesQueryOptions = () =>
  queryOptions({
    queryKey: policyKeys.list(),
    queryFn: ({ signal }) => request(PolicyListSchema, API_ROUTES.policies, { signal }),
    select: (list) => list.items,
  });
