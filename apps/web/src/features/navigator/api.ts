import { sliceKeys } from '../../shared/lib/query-keys';
import { routeQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the inventory slice, broad to narrow. */
export const inventoryKeys = sliceKeys('inventory', ['tree']);

/** The four navigator trees from `GET /api/inventory`. */
export const inventoryQueryOptions = () => routeQueryOptions(inventoryKeys.tree(), 'inventory.tree');
