/**
 * Twin instants as the API prints them: ISO 8601 on the scenario's fixed epoch (`clock.startEpochMs` + seconds).
 * Deterministic: the Date is built from the state's own numbers, never from the machine's clock.
 */
import type { Clock } from '@harborview/contracts/clock';

import type { TwinState } from '../state';

/** ISO timestamp of a twin instant on `epochMs`: for callers that keep the epoch without the state (a drill's record). */
export function isoOf(epochMs: number, t: number): string {
  return new Date(epochMs + Math.round(t * 1000)).toISOString();
}

/** ISO timestamp of a twin instant. */
export function isoAt(s: TwinState, t: number): string {
  return isoOf(s.clock.startEpochMs, t);
}

/** ISO timestamp, or null for a null instant. */
export function isoOrNull(s: TwinState, t: number | null): string | null {
  return t === null ? null : isoAt(s, t);
}

/** The clock: twin time now (ISO), seconds since the start, speed. The BFF adds `paused` and `wallTime`. */
export function clockView(s: TwinState): Omit<Clock, 'paused' | 'wallTime'> {
  return { now: isoAt(s, s.clock.now), elapsedSeconds: s.clock.now, speed: s.clock.speed };
}
