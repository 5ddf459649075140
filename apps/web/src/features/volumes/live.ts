import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { volumeKeys } from './api';

/** The BFF names `volumes` for the volumes themselves and for their vSAN objects' placement and health. */
export const volumesLive: SliceLiveUpdates = [{ kinds: ['volumes'], keys: () => [volumeKeys.all] }];
