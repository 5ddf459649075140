import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { taskKeys } from './api';

/**
 * Triggered Alarms: alarms change on their own and when a twin event raises one. Recent Tasks needs no rule: task
 * frames are written into its cache as they come (`app/live-updates`).
 */
export const tasksLive: SliceLiveUpdates = [{ kinds: ['alarms', 'twin.event'], keys: () => [taskKeys.alarms()] }];
