import type { DrillTimelineEntry } from '@harborview/contracts/drills';

import { isoOf } from '../engine/queries/time';

import type { ObservedEntry, ServiceEntry } from './observation';

/** Seconds from `from` to `to`, to the millisecond the ISO stamps carry (twin times can be fractional). */
export function secondsBetween(from: number, to: number): number {
  return Math.round((to - from) * 1000) / 1000;
}

/**
 * The drill's timeline: the observed entries in order, with the service's own entries (baseline, verification)
 * slotted in after as many observed entries as had been seen when they were recorded; numbered and stamped with
 * seconds since the fault.
 */
export function buildTimeline(
  observed: readonly ObservedEntry[],
  service: readonly ServiceEntry[],
  faultAt: number | null,
  epochMs: number,
): DrillTimelineEntry[] {
  const ordered = [...service].sort((a, b) => a.afterEntries - b.afterEntries);
  const merged: ObservedEntry[] = [];
  let next = 0;
  const flushUpTo = (count: number): void => {
    while (next < ordered.length && ordered[next]!.afterEntries <= count) merged.push(ordered[next++]!);
  };
  observed.forEach((entry, i) => {
    flushUpTo(i);
    merged.push(entry);
  });
  flushUpTo(Infinity);
  const origin = faultAt ?? merged[0]?.time ?? 0;
  return merged.map((e, seq) => ({
    seq,
    lane: e.lane,
    time: isoOf(epochMs, e.time),
    tSeconds: secondsBetween(origin, e.time),
    severity: e.severity,
    typeId: e.typeId,
    message: e.message,
    objects: e.objects,
  }));
}
