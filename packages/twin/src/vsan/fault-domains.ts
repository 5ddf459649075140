/**
 * Which hosts and devices can take components, grouped by fault domain, and where a failed component could be
 * rebuilt. "An ESX host which does not belong to a fault domain is considered its own single-host fault domain"
 * (vsan-ha.md §1 Failures to tolerate (FTT) and RAID).
 */
import { columnIndexes } from './layout';
import type { DiskRef, VsanComponent, VsanHost, VsanObject } from './types';
import type { Bytes } from './units';

/** A capacity device that can take a component right now, with where it lives. */
export interface UsableDisk {
  hostId: string;
  faultDomain: string;
  cacheDisk: DiskRef;
  capacityDisk: DiskRef;
  capacityBytes: Bytes;
  baselineUsedBytes: Bytes;
}

/** The host's fault domain id. */
export function faultDomainOf(host: VsanHost): string {
  return host.faultDomain ?? host.hostId;
}

/** Whether vSAN can reach the host's devices: powered on and connected. */
export function isHostUp(host: VsanHost): boolean {
  return host.poweredOn && host.connected;
}

/** Capacity devices of an up host whose device and cache disk have not failed. */
export function usableDisks(host: VsanHost): UsableDisk[] {
  if (!isHostUp(host)) {
    return [];
  }
  return host.diskGroups
    .filter((group) => group.cacheDisk.failed !== true)
    .flatMap((group) =>
      group.capacityDisks
        .filter((disk) => disk.failed !== true)
        .map((disk) => ({
          hostId: host.hostId,
          faultDomain: faultDomainOf(host),
          cacheDisk: { diskId: group.cacheDisk.diskId, name: group.cacheDisk.name },
          capacityDisk: { diskId: disk.diskId, name: disk.name },
          capacityBytes: disk.capacityBytes,
          baselineUsedBytes: disk.usedBytes,
        })),
    );
}

// Rebuild and health ask this once per object; with hundreds of objects per host failure on a 64-host cluster the
// answer is memoized per hosts array (callers pass the same array while nothing about the hosts changes).
const USABLE_CACHE = new WeakMap<readonly VsanHost[], ReadonlyMap<string, readonly UsableDisk[]>>();

/** Usable devices per fault domain, fault domains sorted by id so results never depend on host order. Read-only. */
export function usableFaultDomains(hosts: readonly VsanHost[]): ReadonlyMap<string, readonly UsableDisk[]> {
  const cached = USABLE_CACHE.get(hosts);
  if (cached !== undefined) {
    return cached;
  }
  const result = computeUsableFaultDomains(hosts);
  USABLE_CACHE.set(hosts, result);
  return result;
}

function computeUsableFaultDomains(hosts: readonly VsanHost[]): Map<string, UsableDisk[]> {
  const byDomain = new Map<string, UsableDisk[]>();
  for (const host of hosts) {
    for (const disk of usableDisks(host)) {
      byDomain.set(disk.faultDomain, [...(byDomain.get(disk.faultDomain) ?? []), disk]);
    }
  }
  // Code-unit order, not localeCompare: the same on every runtime and ICU build (replays must agree), and cheap.
  return new Map([...byDomain].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Components that still need a rebuild: ABSENT or DEGRADED with no replacement under way. */
export function failedComponents(object: VsanObject): VsanComponent[] {
  // Most objects have no replacement under way: no set to build for them.
  let replaced: Set<string> | undefined;
  for (const c of object.components) {
    if (c.replacesUuid !== undefined) (replaced ??= new Set()).add(c.replacesUuid);
  }
  return object.components.filter(
    (c) => (c.state === 'ABSENT' || c.state === 'DEGRADED') && replaced?.has(c.uuid) !== true,
  );
}

/**
 * Fault domains a replacement for `componentUuid` must avoid: those holding a component of another column (or any
 * component at all, for a witness), so replicas never end up sharing a fault domain. Null for an unknown uuid.
 */
export function blockedFaultDomainsFor(object: VsanObject, componentUuid: string): ReadonlySet<string> | null {
  const target = object.components.find((c) => c.uuid === componentUuid);
  if (target === undefined) {
    return null;
  }
  const columns = target.type === 'Witness' ? null : columnIndexes(object);
  const column = columns?.get(target.uuid) ?? -1;
  const blocked = new Set<string>();
  for (const c of object.components) {
    if (c.uuid === componentUuid || c.replacesUuid === componentUuid) continue;
    if (columns === null || c.type === 'Witness' || (columns.get(c.replacesUuid ?? c.uuid) ?? -1) !== column) {
      blocked.add(c.faultDomain);
    }
  }
  return blocked;
}

/** Whether some usable fault domain is outside `blocked`. */
export function hasUsableFaultDomainOutside(hosts: readonly VsanHost[], blocked: ReadonlySet<string>): boolean {
  for (const fd of usableFaultDomains(hosts).keys()) {
    if (!blocked.has(fd)) return true;
  }
  return false;
}

/** Fault domains where a replacement for `componentUuid` may go: usable, and not blocked (see above). */
export function spareFaultDomainsFor(object: VsanObject, componentUuid: string, hosts: readonly VsanHost[]): string[] {
  const blocked = blockedFaultDomainsFor(object, componentUuid);
  return blocked === null ? [] : [...usableFaultDomains(hosts).keys()].filter((fd) => !blocked.has(fd));
}

/** Whether some failed component of the object could be rebuilt on a spare fault domain now. */
export function hasSpareFaultDomain(object: VsanObject, hosts: readonly VsanHost[]): boolean {
  return failedComponents(object).some((c) => {
    const blocked = blockedFaultDomainsFor(object, c.uuid);
    return blocked !== null && hasUsableFaultDomainOutside(hosts, blocked);
  });
}
