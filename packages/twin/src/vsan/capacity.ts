/**
 * Capacity accounting for Monitor > vSAN > Capacity. Thin objects consume only what was written; an object space
 * reservation (`proportionalCapacity`) reserves its share up front. Every copy and parity segment counts: FTT=1
 * RAID-1 of 100 GB takes 200 GB, RAID-5 133 GB, RAID-6 150 GB (vsan-ha.md §1 FTT and RAID table; vdvs.md §5:
 * "allocated = total size plus the size of replicas").
 */
import { isHostUp } from './fault-domains';
import { layoutScheme } from './policy-rules';
import type { PlacementPolicy, VsanComponent, VsanHost, VsanObject } from './types';
import type { Bytes } from './units';
import { bytes } from './units';

/** Written and reserved-but-unwritten bytes of one component or object. */
export interface Usage {
  usedBytes: Bytes;
  reservedBytes: Bytes;
}

/** One capacity device in the Capacity view. `online` devices count toward the datastore. */
export interface DiskUsage extends Usage {
  hostId: string;
  diskId: string;
  name: string;
  online: boolean;
  capacityBytes: Bytes;
  freeBytes: Bytes;
}

/** Totals for a host or the whole vsanDatastore. */
export interface CapacityTotals extends Usage {
  capacityBytes: Bytes;
  freeBytes: Bytes;
}

/** Nominal raw-to-logical ratio of a policy: 1, 2, 3, 4 for RAID-1, 4/3 for RAID-5, 1.5 for RAID-6. */
export function capacityMultiplier(policy: PlacementPolicy): number {
  const scheme = layoutScheme(policy);
  return scheme.columns / scheme.dataColumns;
}

/** Raw bytes all data components of a fully written object add up to; exact, with the rounding placement uses. */
export function plannedCapacity(sizeBytes: Bytes, policy: PlacementPolicy): Bytes {
  const scheme = layoutScheme(policy);
  if (scheme.dataColumns === 1) {
    return bytes(sizeBytes * scheme.columns);
  }
  const parityColumns = scheme.columns - scheme.dataColumns;
  return bytes(sizeBytes + parityColumns * Math.ceil(sizeBytes / scheme.dataColumns));
}

/** Usage of one component: its share of the written bytes, and of the reservation not yet written. */
export function componentUsage(object: VsanObject, component: VsanComponent): Usage {
  if (object.sizeBytes === 0 || component.sizeBytes === 0) {
    return { usedBytes: bytes(0), reservedBytes: bytes(0) };
  }
  const writtenShare = Math.round((object.writtenBytes * component.sizeBytes) / object.sizeBytes);
  // A replacement being built only holds what has been copied so far.
  const used =
    component.state === 'RECONFIG' ? Math.min(writtenShare, component.sizeBytes - component.bytesToSync) : writtenShare;
  const reservation = Math.round((component.sizeBytes * object.placedPolicy.proportionalCapacity) / 100);
  return { usedBytes: bytes(used), reservedBytes: bytes(Math.max(0, reservation - used)) };
}

/** Usage of a whole object across all its components. */
export function objectUsage(object: VsanObject): Usage {
  return object.components.reduce<Usage>(
    (sum, component) => {
      const usage = componentUsage(object, component);
      return {
        usedBytes: bytes(sum.usedBytes + usage.usedBytes),
        reservedBytes: bytes(sum.reservedBytes + usage.reservedBytes),
      };
    },
    { usedBytes: bytes(0), reservedBytes: bytes(0) },
  );
}

/** Per-device usage: the device's own baseline plus every component placed on it. */
export function diskUsage(hosts: readonly VsanHost[], objects: readonly VsanObject[]): DiskUsage[] {
  const byDisk = new Map<string, Usage>();
  for (const object of objects) {
    for (const component of object.components) {
      const usage = componentUsage(object, component);
      const prior = byDisk.get(component.capacityDisk.diskId) ?? { usedBytes: bytes(0), reservedBytes: bytes(0) };
      byDisk.set(component.capacityDisk.diskId, {
        usedBytes: bytes(prior.usedBytes + usage.usedBytes),
        reservedBytes: bytes(prior.reservedBytes + usage.reservedBytes),
      });
    }
  }
  return hosts.flatMap((host) =>
    host.diskGroups.flatMap((group) =>
      group.capacityDisks.map((disk) => {
        const placed = byDisk.get(disk.diskId) ?? { usedBytes: bytes(0), reservedBytes: bytes(0) };
        const usedBytes = bytes(disk.usedBytes + placed.usedBytes);
        return {
          hostId: host.hostId,
          diskId: disk.diskId,
          name: disk.name,
          online: isHostUp(host) && disk.failed !== true && group.cacheDisk.failed !== true,
          capacityBytes: disk.capacityBytes,
          usedBytes,
          reservedBytes: placed.reservedBytes,
          freeBytes: bytes(Math.max(0, disk.capacityBytes - usedBytes - placed.reservedBytes)),
        };
      }),
    ),
  );
}

function total(rows: readonly DiskUsage[]): CapacityTotals {
  const sum = (pick: (row: DiskUsage) => number): Bytes => bytes(rows.reduce((acc, row) => acc + pick(row), 0));
  return {
    capacityBytes: sum((r) => r.capacityBytes),
    usedBytes: sum((r) => r.usedBytes),
    reservedBytes: sum((r) => r.reservedBytes),
    freeBytes: sum((r) => r.freeBytes),
  };
}

/** Per-host totals over all of the host's devices, online or not. */
export function hostUsage(
  hosts: readonly VsanHost[],
  objects: readonly VsanObject[],
): (CapacityTotals & { hostId: string })[] {
  const rows = diskUsage(hosts, objects);
  return hosts.map((host) => ({ hostId: host.hostId, ...total(rows.filter((row) => row.hostId === host.hostId)) }));
}

/** vsanDatastore totals: only online devices count, so a host going down shrinks the datastore. */
export function datastoreUsage(hosts: readonly VsanHost[], objects: readonly VsanObject[]): CapacityTotals {
  return total(diskUsage(hosts, objects).filter((row) => row.online));
}
