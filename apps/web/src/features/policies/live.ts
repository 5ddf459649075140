import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { policyKeys } from './api';

/** The policy list, and the wizard's checks that sit under the same prefix. */
export const policiesLive: SliceLiveUpdates = [{ kinds: ['policies'], keys: () => [policyKeys.all] }];
