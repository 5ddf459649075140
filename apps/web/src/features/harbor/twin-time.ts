import type { Clock } from '@harborview/contracts/clock';

/**
 * Twin time now, extrapolated from a clock reading: the reading's `now` plus the wall time since it was fetched
 * times the speed (a paused clock stands still). Measured from the fetch on this machine, so server skew cancels.
 */
export function twinNowMs(clock: Clock, fetchedAtMs: number, wallNowMs: number): number {
  const base = Date.parse(clock.now);
  if (clock.paused) return base;
  return base + Math.max(0, wallNowMs - fetchedAtMs) * clock.speed;
}

/** Seconds a container has been up at twin time `nowMs`, or null when it is not started. */
export function uptimeSeconds(startedAt: string | null, nowMs: number): number | null {
  if (!startedAt) return null;
  const started = Date.parse(startedAt);
  if (Number.isNaN(started)) return null;
  return Math.max(0, (nowMs - started) / 1000);
}
