import { OBJECT_HEALTH_STATES } from '@harborview/contracts/vsan';
import type { ObjectHealth } from '@harborview/contracts/vsan';

import type { BadgeTone } from '../../shared/ui/StatusBadge';

// Sentence-case labels as the vSphere Client shows VsanObjectHealthState (vsan-ha.md §2; the twin uses the same).
export const HEALTH_LABELS: Record<ObjectHealth, string> = {
  healthy: 'Healthy',
  datamove: 'Data move',
  inaccessible: 'Inaccessible',
  reducedavailabilitywithnorebuild: 'Reduced availability with no rebuild',
  reducedavailabilitywithnorebuilddelaytimer: 'Reduced availability with no rebuild - delay timer',
  reducedavailabilitywithactiverebuild: 'Reduced availability with active rebuild',
  reducedavailabilitywithpausedrebuild: 'Reduced availability with paused rebuild',
  reducedavailabilitywithpolicypending: 'Reduced availability with policy pending',
  reducedavailabilitywithpolicypendingfailed: 'Reduced availability with policy pending failed',
  nonavailabilityrelatedreconfig: 'Non-availability related reconfig',
  nonavailabilityrelatedincompliance: 'Non-availability related incompliance',
  nonavailabilityrelatedincompliancewithpausedrebuild: 'Non-availability related incompliance with paused rebuild',
  nonavailabilityrelatedincompliancewithpolicypending: 'Non-availability related incompliance with policy pending',
  nonavailabilityrelatedincompliancewithpolicypendingfailed:
    'Non-availability related incompliance with policy pending failed',
  remoteAccessible: 'Remote accessible',
};

/** Badge colour of an object health: green healthy, red inaccessible, yellow for anything reduced or incompliant. */
export function healthTone(health: ObjectHealth): BadgeTone {
  if (health === 'healthy' || health === 'datamove' || health === 'remoteAccessible') return 'ok';
  return health === 'inaccessible' ? 'error' : 'warn';
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
