import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the inventory slice, broad to narrow. */
export const inventoryKeys = {
  all: ['inventory'] as const,
  tree: () => [...inventoryKeys.all, 'tree'] as const,
};

/** The four navigator trees from `GET /api/inventory`. */
export const inventoryQueryOptions = () =>
  queryOptions({
    queryKey: inventoryKeys.tree(),
    queryFn: ({ signal }) => callApi('inventory.tree', { signal }),
  });
