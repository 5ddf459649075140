/**
 * Object health as `VsanObjectHealthState` (vsan-ha.md §2 Object health states), the policy compliance status and
 * the Skyline "vSAN object health" counts per cluster.
 */
import type { ComplianceStatus, ObjectHealth } from '@harborview/contracts/vocabulary';

import { hasSpareFaultDomain } from './fault-domains';
import { isAccessible } from './quorum';
import { OBJECT_HEALTH_LABELS } from './state-labels';
import type { VsanHost, VsanObject } from './types';
import type { Seconds } from './units';
import { DEFAULT_REPAIR_DELAY_SECONDS } from './units';

/** `vim.host.VsanObjectHealth.VsanObjectHealthState` values (vsan-ha.md §2): the contract's type. */
export type VsanObjectHealthState = ObjectHealth;

/** Storage policy compliance as the VM's Policies tab shows it. */
export type { ComplianceStatus } from '@harborview/contracts/vocabulary';

/** What health needs beyond the object: the clock, the repair delay and whether a spare fault domain exists. */
export interface HealthContext {
  nowSeconds: Seconds;
  repairDelaySeconds?: Seconds;
  spareFaultDomain: boolean;
}

// Declared once with the tones the console shows (state-labels.ts); keyed by every state in the contract's order.
const LABELS = OBJECT_HEALTH_LABELS;

/** The sentence-case label the UI shows for a health state. */
export function healthLabel(state: VsanObjectHealthState): string {
  return LABELS[state];
}

/**
 * Classifies one object. Order: inaccessible; a rebuild or resync under way; failures waiting on the delay timer;
 * failures past it (active rebuild if a spare fault domain exists, else no rebuild); a force-provisioned object below
 * its FTT (no rebuild) or below other rules (incompliance); a move with nothing failed (datamove); else healthy.
 */
export function objectHealth(object: VsanObject, context: HealthContext): VsanObjectHealthState {
  if (!isAccessible(object)) {
    return 'inaccessible';
  }
  const failed = object.components.filter(
    (c) => c.state === 'ABSENT' || c.state === 'DEGRADED' || c.state === 'ACTIVE_STALE',
  );
  const catchingUp = object.components.some((c) => c.state === 'ABSENT_RESYNC');
  const moving = object.components.some((c) => c.state === 'RECONFIG');
  if (failed.length > 0 || catchingUp) {
    if (catchingUp || moving) {
      return 'reducedavailabilitywithactiverebuild';
    }
    const delay = context.repairDelaySeconds ?? DEFAULT_REPAIR_DELAY_SECONDS;
    const waiting = failed.every(
      (c) => c.state === 'ABSENT' && context.nowSeconds - (c.staleSinceSeconds ?? context.nowSeconds) < delay,
    );
    if (waiting) {
      return 'reducedavailabilitywithnorebuilddelaytimer';
    }
    return context.spareFaultDomain ? 'reducedavailabilitywithactiverebuild' : 'reducedavailabilitywithnorebuild';
  }
  if (object.placedPolicy.ftt < object.policy.ftt) {
    return 'reducedavailabilitywithnorebuild';
  }
  if (object.placedPolicy.stripeWidth < object.policy.stripeWidth) {
    return 'nonavailabilityrelatedincompliance';
  }
  return moving ? 'datamove' : 'healthy';
}

/** Compliant only when the object fully meets its policy: healthy, or healthy and being moved. */
export function complianceStatus(health: VsanObjectHealthState): ComplianceStatus {
  return health === 'healthy' || health === 'datamove' ? 'Compliant' : 'Noncompliant';
}

/** Health of each object against the live cluster: the spare fault domain is worked out from `hosts`. */
export function objectHealthInCluster(
  object: VsanObject,
  hosts: readonly VsanHost[],
  nowSeconds: Seconds,
  repairDelaySeconds: Seconds = DEFAULT_REPAIR_DELAY_SECONDS,
): VsanObjectHealthState {
  return objectHealth(object, { nowSeconds, repairDelaySeconds, spareFaultDomain: hasSpareFaultDomain(object, hosts) });
}

/** Skyline "vSAN object health" counts: every state, zero included, so the table has stable rows. */
export function clusterHealthCounts(
  objects: readonly VsanObject[],
  hosts: readonly VsanHost[],
  nowSeconds: Seconds,
  repairDelaySeconds: Seconds = DEFAULT_REPAIR_DELAY_SECONDS,
): Record<VsanObjectHealthState, number> {
  // LABELS is keyed by every state in the contract's order, so its keys are the table's rows.
  const counts = Object.fromEntries(Object.keys(LABELS).map((s) => [s, 0])) as Record<VsanObjectHealthState, number>;
  for (const object of objects) {
    const state = objectHealthInCluster(object, hosts, nowSeconds, repairDelaySeconds);
    counts[state] += 1;
  }
  return counts;
}
