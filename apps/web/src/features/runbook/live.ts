import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { runbookKeys } from './api';

/** Every operator action the console sends adds steps; the BFF names `runbook` when one is logged. */
export const runbookLive: SliceLiveUpdates = [{ kinds: ['runbook'], keys: () => [runbookKeys.all] }];
