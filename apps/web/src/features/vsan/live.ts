import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { vsanKeys } from './api';

/** Capacity, resync and object health move with the hosts and disks, the cluster's settings and the volumes. */
export const vsanLive: SliceLiveUpdates = [{ kinds: ['hosts', 'cluster', 'volumes'], keys: () => [vsanKeys.all] }];
