import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { storageKeys } from './api';

/** A datastore's folders change with its files (volume disks come and go). */
export const storageLive: SliceLiveUpdates = [{ kinds: ['datastores'], keys: () => [storageKeys.all] }];
