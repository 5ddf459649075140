/**
 * What a policy asks of the cluster: its UI label, how many columns it lays out, how many fault domains it needs
 * and whether the cluster can satisfy it (vsan-ha.md §1 Failures to tolerate (FTT) and RAID).
 */
import type { PlacementPolicy } from './types';

/** How an object is laid out at the top of its tree. */
export interface LayoutScheme {
  root: 'RAID_1' | 'RAID_5' | 'RAID_6' | 'none';
  /** Top-level columns: mirrors for RAID-1, data + parity segments for RAID-5/6. */
  columns: number;
  /** Columns holding a 1/dataColumns share of the data; RAID-1 columns each hold everything (dataColumns = 1). */
  dataColumns: number;
}

/** Why a policy cannot be placed. */
export type PlacementErrorCode =
  | 'invalid-policy'
  | 'insufficient-fault-domains'
  | 'erasure-coding-needs-all-flash'
  | 'erasure-coding-max-two-failures'
  | 'insufficient-capacity';

/** A placement failure with the sentence the UI shows. */
export interface PlacementError {
  code: PlacementErrorCode;
  message: string;
}

/** What placement needs to know about the cluster to check a policy. */
export interface ClusterShape {
  faultDomains: number;
  allFlash: boolean;
}

function failures(ftt: number): string {
  return ftt === 1 ? '1 failure' : `${ftt} failures`;
}

/** The policy's Availability label, e.g. "1 failure - RAID-1 (Mirroring)" (vsan-ha.md §1 FTT and RAID table). */
export function policyLabel(policy: PlacementPolicy): string {
  if (policy.ftt === 0) {
    return 'No data redundancy';
  }
  if (policy.faultTolerance === 'RAID-1') {
    return `${failures(policy.ftt)} - RAID-1 (Mirroring)`;
  }
  return `${failures(policy.ftt)} - ${policy.ftt === 1 ? 'RAID-5' : 'RAID-6'} (Erasure Coding)`;
}

/** The top-level shape: FTT+1 mirrors, RAID-5 3+1, RAID-6 4+2 (OSA), or a single copy (vsan-ha.md §1 FTT and RAID). */
export function layoutScheme(policy: PlacementPolicy): LayoutScheme {
  if (policy.ftt === 0) {
    return { root: 'none', columns: 1, dataColumns: 1 };
  }
  if (policy.faultTolerance === 'RAID-5/6' && policy.ftt === 1) {
    return { root: 'RAID_5', columns: 4, dataColumns: 3 };
  }
  if (policy.faultTolerance === 'RAID-5/6' && policy.ftt === 2) {
    return { root: 'RAID_6', columns: 6, dataColumns: 4 };
  }
  return { root: 'RAID_1', columns: policy.ftt + 1, dataColumns: 1 };
}

/** Fault domains the policy needs: 2n+1 for RAID-1, 4 for RAID-5, 6 for RAID-6, 1 without redundancy. */
export function requiredFaultDomains(policy: PlacementPolicy): number {
  const scheme = layoutScheme(policy);
  return scheme.root === 'RAID_1' ? 2 * policy.ftt + 1 : scheme.columns;
}

/** Why the cluster cannot satisfy the policy's availability rules, or null when it can (capacity aside). */
export function checkPolicy(policy: PlacementPolicy, cluster: ClusterShape): PlacementError | null {
  const erasure = policy.ftt > 0 && policy.faultTolerance === 'RAID-5/6';
  if (erasure && policy.ftt === 3) {
    return {
      code: 'erasure-coding-max-two-failures',
      message: 'RAID-5/6 (Erasure Coding) tolerates at most 2 failures',
    };
  }
  if (erasure && !cluster.allFlash) {
    return {
      code: 'erasure-coding-needs-all-flash',
      message: `${policyLabel(policy)} needs an all-flash cluster`,
    };
  }
  const needed = requiredFaultDomains(policy);
  if (cluster.faultDomains < needed) {
    return {
      code: 'insufficient-fault-domains',
      message: `${policyLabel(policy)} needs ${needed} fault domain${needed === 1 ? '' : 's'}; the cluster has ${cluster.faultDomains}`,
    };
  }
  return null;
}
