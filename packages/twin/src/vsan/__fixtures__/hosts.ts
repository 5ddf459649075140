/** Host fixtures for the vSAN rule tests: esx-01..esx-NN, one disk group each, 1 TB capacity devices. */
import type { PlacementPolicy, VsanHost } from '../types';
import { gb } from '../units';

/** Options for one fixture host. */
export interface HostOptions {
  capacityDisks?: number;
  capacityGb?: number;
  /** Baseline used GB on every capacity device: lets a test order hosts by free capacity. */
  usedGb?: number;
  allFlash?: boolean;
  faultDomain?: string;
}

/** Host `esx-0N` with ids `host-N`, cache `host-N-cache`, capacity devices `host-N-cap-M`. */
export function fixtureHost(index: number, options: HostOptions = {}): VsanHost {
  const id = `host-${index}`;
  return {
    hostId: id,
    name: `esx-${String(index).padStart(2, '0')}.corp.local`,
    poweredOn: true,
    connected: true,
    ...(options.faultDomain === undefined ? {} : { faultDomain: options.faultDomain }),
    allFlash: options.allFlash ?? true,
    diskGroups: [
      {
        cacheDisk: { diskId: `${id}-cache`, name: `mpx.vmhba0:C0:T0:L0 (${id})` },
        capacityDisks: Array.from({ length: options.capacityDisks ?? 2 }, (_, m) => ({
          diskId: `${id}-cap-${m + 1}`,
          name: `mpx.vmhba1:C0:T${m + 1}:L0 (${id})`,
          capacityBytes: gb(options.capacityGb ?? 1024),
          usedBytes: gb(options.usedGb ?? 0),
        })),
      },
    ],
  };
}

/** `count` identical hosts. */
export function fixtureHosts(count: number, options: HostOptions = {}): VsanHost[] {
  return Array.from({ length: count }, (_, i) => fixtureHost(i + 1, options));
}

/** Three hosts with host-1 the emptiest and host-3 the fullest, so placement order is host-1, host-2, host-3. */
export function rankedHosts(options: HostOptions = {}): VsanHost[] {
  return [fixtureHost(1, { ...options, usedGb: 0 }), fixtureHost(2, { ...options, usedGb: 10 }), fixtureHost(3, { ...options, usedGb: 20 })];
}

/** The vSAN Default Storage Policy: FTT=1, 1 stripe, thin, no force (vsan-ha.md §1 FTT and RAID). */
export const DEFAULT_POLICY: PlacementPolicy = {
  ftt: 1,
  stripeWidth: 1,
  faultTolerance: 'RAID-1',
  proportionalCapacity: 0,
  forceProvisioning: false,
};
