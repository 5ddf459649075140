import type { ObjectHealth } from '@harborview/contracts/vsan';
import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import { OBJECT_HEALTH_LABELS, objectHealthTone } from '@harborview/twin/vsan';

import type { FilterChoices } from '../../shared/ui/FilterFields';
import type { BadgeTone } from '../../shared/ui/StatusBadge';

// Labels and tones are declared once in the twin, which names states the same way in its views.
/** The vSphere Client's label of each object health state. */
export const HEALTH_LABELS = OBJECT_HEALTH_LABELS;

/** The object health filter's choices (Virtual Objects, Volumes). */
export const HEALTH_FILTER_CHOICES: FilterChoices<ObjectHealth> = {
  allLabel: 'All health states',
  options: OBJECT_HEALTH_STATES,
  labelOf: (health) => HEALTH_LABELS[health],
};

/** Badge colour of an object health: green healthy, red inaccessible, yellow for anything reduced or incompliant. */
export function healthTone(health: ObjectHealth): BadgeTone {
  return objectHealthTone(health);
}

export interface HealthCountRow {
  health: ObjectHealth;
  label: string;
  count: number;
  tone: BadgeTone;
}

/** The cluster's object health counts as rows: worst first (inaccessible, reduced…, healthy last), zeros left out. */
export function toHealthCountRows(counts: Partial<Record<ObjectHealth, number>>): HealthCountRow[] {
  const severity = (h: ObjectHealth): number => ({ error: 0, warn: 1, neutral: 2, ok: 3 })[healthTone(h)];
  return OBJECT_HEALTH_STATES.filter((h) => (counts[h] ?? 0) > 0)
    .map((health) => ({ health, label: HEALTH_LABELS[health], count: counts[health] ?? 0, tone: healthTone(health) }))
    .sort((a, b) => severity(a.health) - severity(b.health));
}
