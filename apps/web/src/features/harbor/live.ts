import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { harborKeys } from './api';

/** Harbor's services and images, and the twin clock its uptimes are measured against. */
export const harborLive: SliceLiveUpdates = [
  { kinds: ['harbor'], keys: () => [harborKeys.all] },
  { kinds: ['clock'], keys: () => [harborKeys.clock()] },
];
