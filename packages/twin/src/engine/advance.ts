/**
 * The time model: `advance` jumps from deadline to deadline (event-driven, exact instants; no fixed tick). Between two
 * deadlines only resync moves, and it is linear, so it is advanced in one call; at each deadline `settle` fires what
 * is due. Cost follows the number of things that happen, not the number of seconds.
 */
import { twinTime } from '../tasks/time';

import { nextDeadline, settle } from './settle';
import { progressResync } from './vsan-resync';
import type { Work } from './work';
import { nowOf } from './work';

/** Moves the working state `seconds` forward (seconds > 0, already validated). */
export function advanceBy(w: Work, seconds: number): void {
  const target = nowOf(w) + seconds;
  settle(w, false);
  for (;;) {
    const from = nowOf(w);
    const next = Math.min(nextDeadline(w.s), target);
    w.s = { ...w.s, clock: { ...w.s.clock, now: twinTime(next) } };
    progressResync(w, next - from);
    settle(w, true);
    if (next >= target) return;
  }
}
