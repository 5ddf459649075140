import { API_ROUTES } from '@harborview/contracts/routes';
import { InventorySchema } from '@harborview/contracts/inventory';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the inventory slice, broad to narrow. */
export const inventoryKeys = {
  all: ['inventory'] as const,
  tree: () => [...inventoryKeys.all, 'tree'] as const,
};

/** The four navigator trees from `GET /api/inventory`. */
export const inventoryQueryOptions = () =>
  queryOptions({
    queryKey: inventoryKeys.tree(),
    queryFn: ({ signal }) => request(InventorySchema, API_ROUTES.inventory, { signal }),
  });
