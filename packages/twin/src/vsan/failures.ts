/**
 * Pure failure transitions (vsan-ha.md §2 Absent vs Degraded; Repair delay timer). A host that goes down makes its
 * components ABSENT (transient, rebuilt after the delay timer); a failed device makes them DEGRADED (permanent,
 * rebuilt at once). When the host returns, its components resync the delta written meanwhile.
 */
import { failedComponents } from './fault-domains';
import { isIntact } from './layout';
import { hasIntactData } from './quorum';
import { cancelReplacement } from './replacement';
import type { VsanComponent, VsanHost, VsanObject } from './types';
import type { Bytes, Seconds } from './units';
import { bytes, DEFAULT_REPAIR_DELAY_SECONDS } from './units';

function withoutStaleSince(component: VsanComponent): VsanComponent {
  const { staleSinceSeconds: _since, ...rest } = component;
  return rest;
}

/** Drops replacements being built on the matching components, then applies `change` to the rest of them. */
function transition(
  object: VsanObject,
  matches: (c: VsanComponent) => boolean,
  change: (c: VsanComponent) => VsanComponent,
): VsanObject {
  const cancelled = object.components
    .filter((c) => matches(c) && c.replacesUuid !== undefined)
    .reduce((acc, c) => cancelReplacement(acc, c.uuid), object);
  return { ...cancelled, components: cancelled.components.map((c) => (matches(c) ? change(c) : c)) };
}

/**
 * Sets the sticky `dataLost` flag when no copy can ever be read again: only DEGRADED devices (and unfinished
 * replacements) hold the missing data. ABSENT components may still come back, so they count as recoverable.
 */
export function refreshDataLost(object: VsanObject): VsanObject {
  if (object.dataLost) {
    return object;
  }
  const recoverable = new Set(
    object.components.filter((c) => c.state !== 'DEGRADED' && c.state !== 'RECONFIG').map((c) => c.uuid),
  );
  return isIntact(object.layout, (uuid) => recoverable.has(uuid)) ? object : { ...object, dataLost: true };
}

/** A host powers off or stops responding: its components go ABSENT and the repair delay timer starts now. */
export function hostDown(object: VsanObject, hostId: string, nowSeconds: Seconds): VsanObject {
  return transition(
    object,
    (c) => c.hostId === hostId && c.state !== 'ABSENT' && c.state !== 'DEGRADED',
    (c) => ({ ...c, state: 'ABSENT', staleSinceSeconds: nowSeconds }),
  );
}

function degrade(object: VsanObject, matches: (c: VsanComponent) => boolean, nowSeconds: Seconds): VsanObject {
  const degraded = transition(
    object,
    (c) => matches(c) && c.state !== 'DEGRADED',
    (c) => ({
      ...c,
      state: 'DEGRADED',
      staleSinceSeconds: c.state === 'ABSENT' ? (c.staleSinceSeconds ?? nowSeconds) : nowSeconds,
    }),
  );
  return refreshDataLost(degraded);
}

/** A capacity device, or the cache device of its disk group, fails: components on it go DEGRADED. */
export function diskFailed(object: VsanObject, diskId: string, nowSeconds: Seconds): VsanObject {
  return degrade(object, (c) => c.capacityDisk.diskId === diskId || c.cacheDisk.diskId === diskId, nowSeconds);
}

/** A host is lost for good (never coming back): its components go DEGRADED, as if all its devices failed. */
export function hostLost(object: VsanObject, hostId: string, nowSeconds: Seconds): VsanObject {
  return degrade(object, (c) => c.hostId === hostId, nowSeconds);
}

/** Marks a capacity or cache device as failed in the host list, so placement and rebuild avoid it. */
export function withDiskFailed(hosts: readonly VsanHost[], diskId: string): VsanHost[] {
  return hosts.map((host) => ({
    ...host,
    diskGroups: host.diskGroups.map((group) => ({
      cacheDisk: group.cacheDisk.diskId === diskId ? { ...group.cacheDisk, failed: true } : group.cacheDisk,
      capacityDisks: group.capacityDisks.map((disk) => (disk.diskId === diskId ? { ...disk, failed: true } : disk)),
    })),
  }));
}

/**
 * The host is back: each ABSENT component owes its share of the bytes written to the object meanwhile. With nothing
 * owed it is ACTIVE at once; otherwise ABSENT_RESYNC when an intact ACTIVE copy can feed it, or ACTIVE_STALE when the
 * latest data is itself away (it waits, counting for neither votes nor data, until that copy returns).
 */
export function hostBack(object: VsanObject, hostId: string, bytesWrittenMeanwhile: Bytes): VsanObject {
  const owed = (c: VsanComponent): number => {
    // Nothing else could have taken writes for an object without redundancy.
    if (object.sizeBytes === 0 || object.placedPolicy.ftt === 0) {
      return 0;
    }
    const share = Math.round((bytesWrittenMeanwhile * c.sizeBytes) / object.sizeBytes);
    return Math.min(c.sizeBytes, c.bytesToSync + share);
  };
  const returning = (c: VsanComponent): boolean => c.hostId === hostId && c.state === 'ABSENT';
  const inSync = {
    ...object,
    components: object.components.map((c) =>
      returning(c) && owed(c) === 0 ? { ...withoutStaleSince(c), state: 'ACTIVE' as const, bytesToSync: bytes(0) } : c,
    ),
  };
  const source = hasIntactData(inSync);
  const settled = {
    ...inSync,
    components: inSync.components.map((c) =>
      returning(c)
        ? { ...c, state: source ? ('ABSENT_RESYNC' as const) : ('ACTIVE_STALE' as const), bytesToSync: bytes(owed(c)) }
        : c,
    ),
  };
  // A copy that just came back may be the fresh source that earlier stale components were waiting for.
  if (!hasIntactData(settled)) {
    return settled;
  }
  return {
    ...settled,
    components: settled.components.map((c) =>
      c.state === 'ACTIVE_STALE' ? { ...c, state: 'ABSENT_RESYNC' as const } : c,
    ),
  };
}

/** Failed components whose rebuild is due: DEGRADED at once, ABSENT once the repair delay has run out. */
export function componentsDueForRepair(
  object: VsanObject,
  nowSeconds: Seconds,
  repairDelaySeconds: Seconds = DEFAULT_REPAIR_DELAY_SECONDS,
): VsanComponent[] {
  return failedComponents(object).filter(
    (c) => c.state === 'DEGRADED' || nowSeconds - (c.staleSinceSeconds ?? nowSeconds) >= repairDelaySeconds,
  );
}
