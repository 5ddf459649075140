/**
 * The restart retry schedule (vsan-ha.md §3 Restart behaviour: 5 attempts at T0, T2m, T6m, T14m, T30m).
 */
import type { Seconds, TwinTime } from '../tasks/time';
import { after, laterOf, minutes } from '../tasks/time';

import { RESTART_ATTEMPT_OFFSETS } from './constants';

// Beyond the documented five (a raised das.maxvmrestartcount) the twin waits 30 more minutes per attempt [U].
const EXTRA_ATTEMPT_SPACING: Seconds = minutes(30);

/** Offset from the first attempt of attempt number `index` (0-based). */
export function attemptOffset(index: number): Seconds {
  const table = RESTART_ATTEMPT_OFFSETS[index];
  if (table !== undefined) return table;
  const last = RESTART_ATTEMPT_OFFSETS[RESTART_ATTEMPT_OFFSETS.length - 1] ?? (0 as Seconds);
  return (last + (index - RESTART_ATTEMPT_OFFSETS.length + 1) * EXTRA_ATTEMPT_SPACING) as Seconds;
}

/** When the next attempt runs after `attemptsMade` attempts, never before `now`. */
export function nextAttemptAt(firstAttemptAt: TwinTime, attemptsMade: number, now: TwinTime): TwinTime {
  return laterOf(now, after(firstAttemptAt, attemptOffset(attemptsMade)));
}
