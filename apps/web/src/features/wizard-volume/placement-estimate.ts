/**
 * A client-side estimate of where a new volume's vSAN components would land and the raw capacity they take, from the
 * policy's rules and the live hosts. The twin decides the real placement at create; this mirrors its shape: each
 * RAID-1 replica on its own host with its stripes over that host's capacity disks, witnesses on further hosts
 * (vsan-ha.md §1: FTT=n mirroring needs 2n+1 hosts), RAID-5 as 3+1 and RAID-6 as 4+2 segments on distinct hosts.
 */
import type { Host } from '@harborview/contracts/inventory';
import type { PolicyRule } from '@harborview/contracts/policies';

import { REPLICA_PREFERENCE_ERASURE_CODING as REPLICA_ERASURE_CODING } from '@harborview/twin/vdvs/capabilities';

/** One planned component. `bytes` is 0 for witnesses (metadata only). */
export interface PlannedComponent {
  kind: 'Component' | 'Witness';
  /** Replica (RAID-1) or segment (RAID-5/6) number, 1-based; 0 for witnesses. */
  group: number;
  hostName: string;
  diskName: string;
  bytes: number;
}

/** The estimate the wizard shows. */
export interface PlacementEstimate {
  raid: 'RAID-0' | 'RAID-1' | 'RAID-5' | 'RAID-6';
  ftt: number;
  stripeWidth: number;
  hostsNeeded: number;
  hostsAvailable: number;
  components: PlannedComponent[];
  /** Raw bytes written once the volume is full: size × copies (or × 4/3, × 1.5). */
  consumedBytes: number;
  /** Reserved up front by object space reservation. */
  reservedBytes: number;
  /** Why it cannot be placed, or null. */
  problem: string | null;
}

interface Effective {
  ftt: number;
  stripeWidth: number;
  erasureCoding: boolean;
  proportionalCapacity: number;
  forceProvisioning: boolean;
}

/** The rules with vSAN default values filled in (vdvs.md §4). */
export function effectiveRules(rules: readonly PolicyRule[]): Effective {
  const get = (key: string): number | string | undefined => rules.find((r) => r.key === key)?.value;
  const num = (key: string, fallback: number): number => {
    const v = get(key);
    return typeof v === 'number' ? v : fallback;
  };
  return {
    ftt: num('hostFailuresToTolerate', 1),
    stripeWidth: num('stripeWidth', 1),
    erasureCoding: get('replicaPreference') === REPLICA_ERASURE_CODING,
    proportionalCapacity: num('proportionalCapacity', 0),
    forceProvisioning: num('forceProvisioning', 0) === 1,
  };
}

interface HostSlot {
  name: string;
  disks: { name: string; free: number }[];
  free: number;
}

function usableHosts(hosts: readonly Host[]): HostSlot[] {
  return hosts
    .filter((h) => h.powerState === 'poweredOn' && h.connectionState === 'connected')
    .map((h) => {
      const disks = h.diskGroups
        .flatMap((g) => g.capacityDisks)
        .filter((d) => d.state === 'healthy')
        .map((d) => ({ name: d.name, free: d.capacityBytes - d.usedBytes }))
        .sort((a, b) => b.free - a.free || a.name.localeCompare(b.name));
      return { name: h.name, disks, free: disks.reduce((sum, d) => sum + d.free, 0) };
    })
    .filter((h) => h.disks.length > 0)
    .sort((a, b) => b.free - a.free || a.name.localeCompare(b.name));
}

function scheme(p: Effective): { raid: PlacementEstimate['raid']; groups: number; factor: number; witnesses: number } {
  if (p.ftt === 0) return { raid: 'RAID-0', groups: 1, factor: 1, witnesses: 0 };
  if (p.erasureCoding && p.ftt === 1) return { raid: 'RAID-5', groups: 4, factor: 4 / 3, witnesses: 0 };
  if (p.erasureCoding && p.ftt === 2) return { raid: 'RAID-6', groups: 6, factor: 1.5, witnesses: 0 };
  return { raid: 'RAID-1', groups: p.ftt + 1, factor: p.ftt + 1, witnesses: p.ftt };
}

/**
 * Estimate placement and capacity for a volume of `sizeBytes` under `rules` on `hosts`.
 * @example estimatePlacement([{ key: 'stripeWidth', value: 2, description: '' }], hosts, 20 * 1024 ** 3)
 */
export function estimatePlacement(
  rules: readonly PolicyRule[],
  hosts: readonly Host[],
  sizeBytes: number,
): PlacementEstimate {
  const policy = effectiveRules(rules);
  const { raid, groups, factor, witnesses } = scheme(policy);
  const slots = usableHosts(hosts);
  const hostsNeeded = groups + witnesses;
  const consumedBytes = Math.round(sizeBytes * factor);
  const base = {
    raid,
    ftt: policy.ftt,
    stripeWidth: policy.stripeWidth,
    hostsNeeded,
    hostsAvailable: slots.length,
    consumedBytes,
    reservedBytes: Math.round((consumedBytes * policy.proportionalCapacity) / 100),
  };
  if (slots.length < hostsNeeded && !policy.forceProvisioning) {
    const problem = `${raid} with ${policy.ftt} failures to tolerate needs ${hostsNeeded} hosts; ${slots.length} are available`;
    return { ...base, components: [], problem };
  }
  const perComponent = Math.round(consumedBytes / (groups * policy.stripeWidth));
  const components: PlannedComponent[] = [];
  for (let g = 0; g < Math.min(groups, slots.length); g += 1) {
    const host = slots[g];
    if (!host) break;
    for (let s = 0; s < policy.stripeWidth; s += 1) {
      const disk = host.disks[s % host.disks.length];
      components.push({
        kind: 'Component',
        group: g + 1,
        hostName: host.name,
        diskName: disk?.name ?? '',
        bytes: perComponent,
      });
    }
  }
  for (let w = 0; w < witnesses; w += 1) {
    const host = slots[groups + w];
    if (!host) break;
    components.push({ kind: 'Witness', group: 0, hostName: host.name, diskName: host.disks[0]?.name ?? '', bytes: 0 });
  }
  const problem =
    slots.length < hostsNeeded
      ? `Only ${slots.length} of ${hostsNeeded} hosts are available; force provisioning creates it without that redundancy`
      : null;
  return { ...base, components, problem };
}
