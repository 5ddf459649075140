import type { Component } from '@harborview/contracts/vsan';
import { COMPONENT_STATE_LABELS, COMPONENT_STATE_TONES } from '@harborview/twin/vsan';

import type { BadgeTone } from '../../shared/ui/StatusBadge';

// The Physical Placement's words and tones, declared once in the twin.
const LABELS = COMPONENT_STATE_LABELS;
const TONES: Readonly<Record<Component['state'], BadgeTone>> = COMPONENT_STATE_TONES;

export interface ComponentStateView {
  label: string;
  tone: BadgeTone;
  /** Whole percent already in sync while bytes are left to resync, else null. */
  resyncPercent: number | null;
  /** What the badge reads, progress included: "Absent (resyncing) 75%", "Active-Stale · resyncing 40%". */
  text: string;
}

/** Share of a resyncing component already in sync: 1 − bytesToSync / sizeBytes, in whole percent (floored). */
export function resyncPercent(component: Pick<Component, 'bytesToSync' | 'sizeBytes'>): number | null {
  if (component.bytesToSync <= 0) return null;
  if (component.sizeBytes <= 0) return 0;
  const done = 1 - component.bytesToSync / component.sizeBytes;
  return Math.max(0, Math.min(100, Math.floor(done * 100)));
}

/** Label and colour of a state alone, e.g. for per-state counts. */
export function componentStateBadge(state: Component['state']): { label: string; tone: BadgeTone } {
  return { label: LABELS[state], tone: TONES[state] };
}

/** The Component State badge: label, colour and resync progress. */
export function componentStateView(component: Component): ComponentStateView {
  const label = LABELS[component.state];
  const percent = resyncPercent(component);
  const text =
    percent === null
      ? label
      : component.state === 'ABSENT_RESYNC'
        ? `${label} ${percent}%`
        : `${label} · resyncing ${percent}%`;
  return { label, tone: TONES[component.state], resyncPercent: percent, text };
}
