import type { AdvanceClockBody } from '@harborview/contracts/clock';

import type { ClockBackend } from '../backend/clock-backend';
import type { VsanBackend } from '../backend/vsan-backend';
import { AppError } from '../errors/app-error';

// ISO instants carry whole milliseconds while twin time may be fractional: one more millisecond lands on (or just
// past) the expiry, where the twin settles the timers that run out.
const ROUNDING_MARGIN_SECONDS = 0.001;

/**
 * Seconds to advance for `POST /api/twin/clock/advance`: the given seconds, or up to the instant the next repair
 * timer runs out (vsan-ha.md §2 Repair delay timer). 409 when no component waits on a repair timer.
 */
export async function secondsToAdvance(
  backend: Pick<VsanBackend, 'clusterSummary'> & Pick<ClockBackend, 'clock'>,
  body: AdvanceClockBody,
): Promise<number> {
  if (body.seconds !== undefined) return body.seconds;
  const [{ repairTimer }, clock] = await Promise.all([backend.clusterSummary(), backend.clock()]);
  if (repairTimer.nextExpiryAt === null) {
    throw new AppError('conflict', 'No repair timer is running: no Absent component is waiting to be repaired');
  }
  const seconds = (Date.parse(repairTimer.nextExpiryAt) - Date.parse(clock.now)) / 1000;
  return Math.max(seconds, 0) + ROUNDING_MARGIN_SECONDS;
}
