/**
 * Type ids of the timeline entries the drill writes itself, next to the twin's own events: what it derives from the
 * states (Harbor's health, each object, the registry process, the resync) and what it checks against the real
 * registry (the baseline, the verification).
 */
export const DRILL_ENTRY = {
  harborHealthy: 'com.harborview.drill.HarborHealthy',
  harborUnhealthy: 'com.harborview.drill.HarborUnhealthy',
  objectState: 'com.harborview.drill.ObjectStateChanged',
  registryStarted: 'com.harborview.drill.RegistryStarted',
  registryStopped: 'com.harborview.drill.RegistryStopped',
  resynced: 'com.harborview.drill.Resynced',
  baselineRecorded: 'com.harborview.drill.BaselineRecorded',
  verified: 'com.harborview.drill.Verified',
  failed: 'com.harborview.drill.Failed',
  ended: 'com.harborview.drill.Ended',
} as const;
