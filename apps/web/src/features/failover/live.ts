import type { SliceLiveUpdates } from '../../shared/lib/live-slice';

import { drillKeys } from './api';

/**
 * Everything under `drillKeys.live()`: open drills (timeline, stopwatch, samples) and the failover topology follow
 * every layer they watch and the clock; `drills` is the BFF's word for a drill's own change (a verdict reached in
 * wall time, the re-check after recover). Replays never change, so they sit outside `live`.
 */
export const failoverLive: SliceLiveUpdates = [
  {
    kinds: ['drills', 'hosts', 'vms', 'cluster', 'volumes', 'harbor', 'clock'],
    keys: () => [drillKeys.live()],
  },
];
