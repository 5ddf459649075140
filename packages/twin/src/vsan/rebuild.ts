/**
 * Re-protecting an object after a failure (vsan-ha.md §2 Repair delay timer; §6 "Rebuild for DEGRADED: immediate
 * (if a spare FD exists)"). A replacement is placed on a spare fault domain as RECONFIG with the whole component
 * to copy; with no spare fault domain nothing happens (the 3-host FTT=1 case, §1 Quorum and votes).
 */
import { nextUuid } from '../rng';
import type { RngState } from '../rng';
import { diskUsage } from './capacity';
import { componentsDueForRepair } from './failures';
import { failedComponents, spareFaultDomainsFor, usableFaultDomains } from './fault-domains';
import { replaceLeaf } from './layout';
import { drawTieKeys } from './place-layout';
import { isAccessible } from './quorum';
import type { VsanComponent, VsanHost, VsanObject } from './types';
import { DEFAULT_REPAIR_DELAY_SECONDS, bytes } from './units';
import type { Seconds } from './units';

/** Why a failed component was not rebuilt. */
export type RebuildBlockReason = 'no spare fault domain' | 'not enough free capacity' | 'object is inaccessible';

/** The object with any replacements added, the advanced RNG, and what was started or blocked. */
export interface RebuildResult {
  object: VsanObject;
  rng: RngState;
  started: string[];
  blocked: { componentUuid: string; reason: RebuildBlockReason }[];
  /** The free bytes after the replacements' reservations, when `freeBytesByDisk` was given. */
  freeBytesByDisk?: Map<string, number>;
}

/** Optional narrowing: only these components; `otherObjects` count toward used capacity. */
export interface RebuildOptions {
  componentUuids?: readonly string[];
  otherObjects?: readonly VsanObject[];
  /**
   * Free bytes per capacity device with every object already counted (this one included); replaces the scan of
   * `otherObjects`, so hundreds of rebuilds after a host failure cost one scan instead of one each.
   */
  freeBytesByDisk?: ReadonlyMap<string, number>;
}

/**
 * Starts a rebuild for each failed component (ABSENT or DEGRADED, no replacement yet), or for the listed ones.
 * The caller decides when: at once for DEGRADED, after the delay timer for ABSENT (see `expireRepairTimers`).
 */
export function rebuild(
  object: VsanObject,
  hosts: readonly VsanHost[],
  rng: RngState,
  options: RebuildOptions = {},
): RebuildResult {
  const wanted = options.componentUuids === undefined ? null : new Set(options.componentUuids);
  const targets = failedComponents(object).filter((c) => wanted === null || wanted.has(c.uuid));
  let current = object;
  let random = rng;
  const started: string[] = [];
  const blocked: RebuildResult['blocked'] = [];
  const known = options.freeBytesByDisk === undefined ? undefined : new Map(options.freeBytesByDisk);
  for (const target of targets) {
    if (!isAccessible(current)) {
      // The object's owner needs quorum and an intact copy before it can reconfigure anything.
      blocked.push({ componentUuid: target.uuid, reason: 'object is inaccessible' });
      continue;
    }
    const spare = new Set(spareFaultDomainsFor(current, target.uuid, hosts));
    if (spare.size === 0) {
      blocked.push({ componentUuid: target.uuid, reason: 'no spare fault domain' });
      continue;
    }
    const free =
      known ??
      new Map(diskUsage(hosts, [...(options.otherObjects ?? []), current]).map((row) => [row.diskId, row.freeBytes]));
    const reservation = Math.round((target.sizeBytes * current.placedPolicy.proportionalCapacity) / 100);
    const candidates = [...usableFaultDomains(hosts)]
      .filter(([fd]) => spare.has(fd))
      .flatMap(([, disks]) => disks)
      .filter((d) => reservation === 0 || (free.get(d.capacityDisk.diskId) ?? 0) >= reservation);
    const ties = drawTieKeys(
      candidates.map((d) => d.capacityDisk.diskId),
      random,
    );
    random = ties.rng;
    // Most free first, then the seeded tie key: one pass, as hundreds of rebuilds can start in one step.
    const better = (a: (typeof candidates)[number], b: (typeof candidates)[number]): boolean =>
      (free.get(b.capacityDisk.diskId) ?? 0) - (free.get(a.capacityDisk.diskId) ?? 0) < 0 ||
      ((free.get(b.capacityDisk.diskId) ?? 0) === (free.get(a.capacityDisk.diskId) ?? 0) &&
        (ties.keys.get(a.capacityDisk.diskId) ?? 0) < (ties.keys.get(b.capacityDisk.diskId) ?? 0));
    const disk = candidates.reduce<(typeof candidates)[number] | undefined>(
      (best, d) => (best === undefined || better(d, best) ? d : best),
      undefined,
    );
    if (disk === undefined) {
      blocked.push({ componentUuid: target.uuid, reason: 'not enough free capacity' });
      continue;
    }
    const [uuid, next] = nextUuid(random, target.uuid.slice(0, 8));
    random = next;
    const replacement: VsanComponent = {
      uuid,
      type: target.type,
      state: 'RECONFIG',
      hostId: disk.hostId,
      faultDomain: disk.faultDomain,
      cacheDisk: disk.cacheDisk,
      capacityDisk: disk.capacityDisk,
      votes: 0,
      sizeBytes: target.sizeBytes,
      bytesToSync: bytes(target.sizeBytes),
      replacesUuid: target.uuid,
    };
    const layout =
      target.type === 'Witness'
        ? current.layout
        : replaceLeaf(current.layout, target.uuid, {
            type: 'RAID_1',
            children: [
              { type: 'Component', componentUuid: target.uuid },
              { type: 'Component', componentUuid: uuid },
            ],
          });
    current = { ...current, layout, components: [...current.components, replacement] };
    started.push(uuid);
    known?.set(disk.capacityDisk.diskId, (known.get(disk.capacityDisk.diskId) ?? 0) - reservation);
  }
  return { object: current, rng: random, started, blocked, ...(known === undefined ? {} : { freeBytesByDisk: known }) };
}

/**
 * Repair timer handling: rebuilds what is due now (DEGRADED at once, ABSENT after `repairDelaySeconds`, 3600 s by
 * default, the "Object Repair Timer" setting).
 */
export function expireRepairTimers(
  object: VsanObject,
  hosts: readonly VsanHost[],
  rng: RngState,
  nowSeconds: Seconds,
  repairDelaySeconds: Seconds = DEFAULT_REPAIR_DELAY_SECONDS,
  otherObjects: readonly VsanObject[] = [],
  freeBytesByDisk?: ReadonlyMap<string, number>,
): RebuildResult {
  const due = componentsDueForRepair(object, nowSeconds, repairDelaySeconds).map((c) => c.uuid);
  if (due.length === 0) {
    return { object, rng, started: [], blocked: [] };
  }
  return rebuild(object, hosts, rng, {
    componentUuids: due,
    otherObjects,
    ...(freeBytesByDisk === undefined ? {} : { freeBytesByDisk }),
  });
}
