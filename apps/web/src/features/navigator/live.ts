import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { inventoryKeys } from './api';

/** The navigator trees follow hosts, VMs and the cluster, which the stream reports together as `inventory`. */
export const inventoryLive: SliceLiveUpdates = [{ kinds: ['inventory'], keys: () => [inventoryKeys.all] }];
