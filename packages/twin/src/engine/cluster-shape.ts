/**
 * What the policy checks need of the live cluster (vdvs/policy-validate.ts `ClusterSummary`): usable fault domains
 * now (a host down counts out, as vSAN would place without it) and whether every capacity device is flash.
 */
import type { ClusterSummary } from '../vdvs/policy-validate';
import { usableFaultDomains } from '../vsan/fault-domains';

import type { TwinState } from './state';
import { vsanHosts } from './vsan-view';

/** The cluster as `checkPolicyAtApply` and `validatePolicyContent` see it. */
export function clusterShape(s: TwinState): ClusterSummary {
  const hosts = vsanHosts(s);
  return { faultDomains: usableFaultDomains(hosts).size, allFlash: hosts.every((h) => h.allFlash) };
}
