import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the console shell: the BFF's version and backend kind. */
export const shellKeys = {
  all: ['shell'] as const,
  health: () => [...shellKeys.all, 'health'] as const,
};

/** Version and backend kind for the header's About entry. */
export const healthQueryOptions = () =>
  queryOptions({
    queryKey: shellKeys.health(),
    queryFn: ({ signal }) => callApi('system.health', { signal }),
  });
