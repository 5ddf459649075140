import type { Clock } from '@harborview/contracts/clock';
import { useQuery } from '@tanstack/react-query';

import { twinClockQueryOptions } from '../harbor/api';
import { twinNowMs } from '../harbor/twin-time';
import { useWallClock } from '../harbor/use-wall-clock';

/** Twin time now in ms, ticking every second while the twin's clock runs (null until the clock is read). */
export function useTwinNow(): { nowMs: number | null; clock: Clock | undefined } {
  const clock = useQuery(twinClockQueryOptions());
  const wallNow = useWallClock(1000, clock.data ? !clock.data.paused : false);
  return { nowMs: clock.data ? twinNowMs(clock.data, clock.dataUpdatedAt, wallNow) : null, clock: clock.data };
}
