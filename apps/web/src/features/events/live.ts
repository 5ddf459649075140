import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { eventKeys } from './api';

/** Monitor > Events gains a row with every twin event. */
export const eventsLive: SliceLiveUpdates = [{ kinds: ['twin.event'], keys: () => [eventKeys.all] }];
