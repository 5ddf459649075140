import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { setupKeys } from './api';

/** The checklist (VIB per host, plugin per VM, HA), which the BFF names `setup` whenever one of them changes. */
export const setupLive: SliceLiveUpdates = [{ kinds: ['setup'], keys: () => [setupKeys.all] }];
