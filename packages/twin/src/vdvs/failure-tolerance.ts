/**
 * What an FTT + failure tolerance method asks of the cluster: the vSphere Client option label, how many copies
 * (or data+parity segments), the fault domains needed and the capacity factor (vsan-ha.md §1 FTT table, OSA).
 */
import type { FailureToleranceMethod } from './capabilities';

/** The layout one FTT/method pair produces. */
export interface FailureToleranceLayout {
  /** vSphere Client option label, e.g. `2 failures - RAID-1 (Mirroring)`. */
  label: string;
  raid: 'RAID-0' | 'RAID-1' | 'RAID-5' | 'RAID-6';
  /** Full copies for RAID-1/RAID-0, data + parity segments for RAID-5/6. */
  components: number;
  minFaultDomains: number;
  /** Raw capacity per logical unit, e.g. 2 for FTT1 mirroring, 4/3 for RAID-5. */
  capacityFactor: number;
  /** Erasure coding works only on all-flash (vsan-ha.md §1). */
  needsAllFlash: boolean;
}

/** Why a combination cannot exist at all, whatever the cluster. */
export interface UnsupportedFailureTolerance {
  label: string;
  reason: string;
}

const mirroring = (ftt: number): FailureToleranceLayout => ({
  label: `${ftt} ${ftt === 1 ? 'failure' : 'failures'} - RAID-1 (Mirroring)`,
  raid: 'RAID-1',
  components: ftt + 1,
  // 2n+1 fault domains: n+1 copies plus witnesses to keep more than half the votes (vsan-ha.md §1).
  minFaultDomains: 2 * ftt + 1,
  capacityFactor: ftt + 1,
  needsAllFlash: false,
});

/** The layout for an FTT and method, or why the pair is impossible (RAID-5/6 cannot do FTT 3). */
export function failureToleranceLayout(
  ftt: number,
  method: FailureToleranceMethod,
): FailureToleranceLayout | UnsupportedFailureTolerance {
  if (ftt === 0) {
    return {
      label: 'No data redundancy',
      raid: 'RAID-0',
      components: 1,
      minFaultDomains: 1,
      capacityFactor: 1,
      needsAllFlash: false,
    };
  }
  if (method === 'RAID-1') return mirroring(ftt);
  if (ftt === 1) {
    return {
      label: '1 failure - RAID-5 (Erasure Coding)',
      raid: 'RAID-5',
      components: 4,
      minFaultDomains: 4,
      capacityFactor: 4 / 3,
      needsAllFlash: true,
    };
  }
  if (ftt === 2) {
    return {
      label: '2 failures - RAID-6 (Erasure Coding)',
      raid: 'RAID-6',
      components: 6,
      minFaultDomains: 6,
      capacityFactor: 1.5,
      needsAllFlash: true,
    };
  }
  return {
    label: `${ftt} failures - RAID-5/6 (Erasure Coding)`,
    reason: 'RAID-5/6 (Erasure Coding) tolerates at most 2 failures',
  };
}

/** Narrow a layout result to the supported case. */
export function isSupportedLayout(
  layout: FailureToleranceLayout | UnsupportedFailureTolerance,
): layout is FailureToleranceLayout {
  return 'raid' in layout;
}
