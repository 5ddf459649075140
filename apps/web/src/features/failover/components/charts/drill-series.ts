import type { DrillSample } from '@harborview/contracts/drills';
import type { ObjectHealth } from '@harborview/contracts/vsan';
import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';

import { HEALTH_LABELS, healthTone } from '../../../vsan/health';

export interface SeriesKey {
  key: string;
  label: string;
  color: string;
}

export type SeriesPoint = { tSeconds: number } & Record<string, number>;

export interface ChartSeries {
  data: SeriesPoint[];
  keys: SeriesKey[];
}

// Clarity's success, warning and danger colours (vsphere-client-ui.md, Clarity colors); reduced states in shades of
// the warning colour so several can stack and still be told apart.
const TONE_COLORS = { ok: '#3c8500', warn: ['#efc006', '#c98a00', '#a36200', '#7d4a00'], error: '#c21d00' } as const;

function colorOf(health: ObjectHealth, warnIndex: number): string {
  const tone = healthTone(health);
  if (tone === 'ok') return TONE_COLORS.ok;
  if (tone === 'error') return TONE_COLORS.error;
  return TONE_COLORS.warn[warnIndex % TONE_COLORS.warn.length] ?? TONE_COLORS.warn[0];
}

/**
 * The drill records a point only when a count moves; the last counts still hold now, so the line is carried on to
 * `untilSeconds` (twin time since the fault) instead of stopping at the last change.
 */
function carriedTo(data: SeriesPoint[], untilSeconds: number | null): SeriesPoint[] {
  const last = data.at(-1);
  if (!last || untilSeconds === null || untilSeconds <= last.tSeconds) return data;
  return [...data, { ...last, tSeconds: untilSeconds }];
}

/** Object health counts over time: one stacked series per health state any sample has, in the contract's order. */
export function toObjectHealthSeries(samples: readonly DrillSample[], untilSeconds: number | null = null): ChartSeries {
  const present = new Set(samples.flatMap((s) => Object.keys(s.objectHealth)));
  const states = OBJECT_HEALTH_STATES.filter((h) => present.has(h));
  let warnIndex = 0;
  const keys = states.map((health) => {
    const color = colorOf(health, healthTone(health) === 'warn' ? warnIndex++ : 0);
    return { key: health, label: HEALTH_LABELS[health], color };
  });
  const data = samples.map((s) => {
    const point: SeriesPoint = { tSeconds: s.tSeconds };
    for (const health of states) point[health] = s.objectHealth[health] ?? 0;
    return point;
  });
  return { data: carriedTo(data, untilSeconds), keys };
}

/** Harbor's components healthy and unhealthy over time. */
export function toHarborSeries(samples: readonly DrillSample[], untilSeconds: number | null = null): ChartSeries {
  return {
    data: carriedTo(
      samples.map((s) => ({ tSeconds: s.tSeconds, healthy: s.harborHealthy, unhealthy: s.harborUnhealthy })),
      untilSeconds,
    ),
    keys: [
      { key: 'healthy', label: 'Healthy', color: TONE_COLORS.ok },
      { key: 'unhealthy', label: 'Unhealthy', color: TONE_COLORS.error },
    ],
  };
}

/** The latest sample's counts in words, the text equivalent of the charts: "3 Healthy, 1 Inaccessible". */
export function describeLatest(series: ChartSeries): string {
  const last = series.data.at(-1);
  if (!last) return 'No samples yet';
  const parts = series.keys.filter((k) => (last[k.key] ?? 0) > 0).map((k) => `${last[k.key]} ${k.label}`);
  return parts.length ? parts.join(', ') : 'None';
}
