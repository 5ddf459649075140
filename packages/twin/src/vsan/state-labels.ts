/**
 * The words and colours of vSAN states, declared once for the twin (which puts `healthLabel` in its views) and the
 * console (badges, filters, legends). They live here rather than in the contracts because the twin uses them at
 * run time and takes only types from the contracts; the web may import twin modules, so both read this table.
 */
import type { ComponentState, ObjectHealth } from '@harborview/contracts/vocabulary';

/** How serious a state looks: the console maps each tone to a badge colour. */
export type StateTone = 'ok' | 'warn' | 'error' | 'neutral';

// Sentence-case UI labels; the exact capitalization is [U] in vsan-ha.md §2, the delay-timer one is quoted there.
/** The sentence-case label the vSphere Client shows for each object health state, in the contract's order. */
export const OBJECT_HEALTH_LABELS: Readonly<Record<ObjectHealth, string>> = {
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

/** Tone of an object health: ok when the data is fully available, error when inaccessible, warn for the rest. */
export function objectHealthTone(health: ObjectHealth): StateTone {
  if (health === 'healthy' || health === 'datamove' || health === 'remoteAccessible') return 'ok';
  return health === 'inaccessible' ? 'error' : 'warn';
}

// Physical Placement's words for VsanComponentStates (vsan-ha.md §2: "Active", "Absent", "Degraded", "Active-Stale").
/** The Physical Placement view's word for each component state. */
export const COMPONENT_STATE_LABELS: Readonly<Record<ComponentState, string>> = {
  ACTIVE: 'Active',
  ABSENT: 'Absent',
  DEGRADED: 'Degraded',
  ACTIVE_STALE: 'Active-Stale',
  ABSENT_RESYNC: 'Absent (resyncing)',
  RECONFIG: 'Reconfiguring',
};

/** Tone of a component state: lost data is an error, data catching up a warning. */
export const COMPONENT_STATE_TONES: Readonly<Record<ComponentState, StateTone>> = {
  ACTIVE: 'ok',
  ABSENT: 'error',
  DEGRADED: 'error',
  ACTIVE_STALE: 'warn',
  ABSENT_RESYNC: 'warn',
  RECONFIG: 'warn',
};
