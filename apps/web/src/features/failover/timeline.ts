import type { DrillLane, DrillTimelineEntry } from '@harborview/contracts/drills';
import { DRILL_LANES } from '@harborview/contracts/drills';

/** Lane titles, top to bottom as the contract orders them. */
export const LANE_LABELS: Record<DrillLane, string> = {
  host: 'Host',
  ha: 'vSphere HA',
  vm: 'VM',
  vsan: 'vSAN objects',
  volume: 'Volumes',
  harbor: 'Harbor services',
  registry: 'Registry data',
};

/** Column headers of the lanes, short enough for narrow swimlanes (the full title is their tooltip). */
export const LANE_SHORT: Record<DrillLane, string> = {
  host: 'Host',
  ha: 'HA',
  vm: 'VM',
  vsan: 'vSAN',
  volume: 'Volumes',
  harbor: 'Harbor',
  registry: 'Registry',
};

export const LANES = DRILL_LANES;

/** Seconds since the fault as the timeline stamps them: "t+0 s", "t+1 min 5 s", "t−3 s" before the fault. */
export function formatT(tSeconds: number): string {
  const sign = tSeconds < 0 ? '−' : '+';
  const s = Math.round(Math.abs(tSeconds));
  if (s < 60) return `t${sign}${s} s`;
  if (s < 3600) return `t${sign}${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const minutes = Math.floor((s % 3600) / 60);
  return `t${sign}${Math.floor(s / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}

/** Twin time of day (UTC, as the twin keeps it): "10:00:15". */
export function formatTwinClock(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : date.toISOString().slice(11, 19);
}

/** Entries in timeline order (by seq), so lanes interleave the way the layers reacted. */
export function orderedEntries(entries: readonly DrillTimelineEntry[]): DrillTimelineEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

/** How many entries each lane has, for the column headers. */
export function laneCounts(entries: readonly DrillTimelineEntry[]): Record<DrillLane, number> {
  const counts = Object.fromEntries(LANES.map((l) => [l, 0])) as Record<DrillLane, number>;
  for (const e of entries) counts[e.lane] += 1;
  return counts;
}
