import type { ClusterSummary } from '@harborview/contracts/cluster';

export interface CapacitySegment {
  key: 'used' | 'free';
  label: string;
  bytes: number;
  /** Share of capacity, one decimal. */
  percent: number;
  color: string;
}

// Clarity's action blue for used space and a light neutral for free, as the datastore donut uses.
const COLORS = { used: '#0072a3', free: '#c8d6df' } as const;

/** vSAN capacity as the two stacked segments of the chart: Used then Free, with their share of capacity. */
export function toVsanCapacitySeries(vsan: ClusterSummary['vsan']): CapacitySegment[] {
  const percent = (bytes: number): number =>
    vsan.capacityBytes > 0 ? Math.round((bytes / vsan.capacityBytes) * 1000) / 10 : 0;
  return [
    { key: 'used', label: 'Used', bytes: vsan.usedBytes, percent: percent(vsan.usedBytes), color: COLORS.used },
    { key: 'free', label: 'Free', bytes: vsan.freeBytes, percent: percent(vsan.freeBytes), color: COLORS.free },
  ];
}
