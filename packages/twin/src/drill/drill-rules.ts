import type { DrillStatus } from '@harborview/contracts/drills';

import type { Observation } from './observation';

/**
 * How long Harbor has to be healthy again after the fault before the drill gives up: 5 minutes of twin time. HA
 * declares a host dead at T15 (T35 for the primary) and retries a failed restart at +2 min (vsan-ha.md §3 Timelines,
 * Restart behaviour), the guest boots in 20 s and Harbor's containers follow, so a recoverable failover is back in
 * about a minute and the first two attempts have both run by then.
 */
export const FAILOVER_DEADLINE_SECONDS = 300;

/**
 * After the fault is put right and every component is Active, how long the drill waits for Harbor before closing:
 * HA's last retry is 30 minutes after its first attempt (vsan-ha.md §3 Restart behaviour).
 */
export const CLOSE_AFTER_RESYNC_SECONDS = 1800;

/** What the drill does next, given what it has seen. */
export type DrillStep =
  /** Harbor is healthy after the fault: check the data, then `recovered` (or `failed` if it is not intact). */
  | 'verify-failover'
  /** Harbor did not come back in time, or HA gave up: check the data anyway, then `failed`. */
  | 'give-up'
  /** The fault was put right and the cluster is in sync: re-verify, then `completed` (a failed drill just closes). */
  | 'verify-recovery'
  /** The twin was reset under the drill. */
  | 'abandon'
  | null;

/** The drill's next step; pure, so the rules are tested on observations alone. */
export function nextStep(status: DrillStatus, obs: Observation): DrillStep {
  if (obs.reset) return 'abandon';
  if (obs.faultAt === null) return null;
  if (status === 'running') {
    if (obs.harborHealthy) return 'verify-failover';
    if (obs.haGaveUp || obs.now - obs.faultAt >= FAILOVER_DEADLINE_SECONDS) return 'give-up';
    return null;
  }
  if ((status === 'recovered' || status === 'failed') && obs.resyncedAt !== null) {
    if (obs.harborHealthy || obs.haGaveUp || obs.now - obs.resyncedAt >= CLOSE_AFTER_RESYNC_SECONDS) {
      return 'verify-recovery';
    }
  }
  return null;
}
