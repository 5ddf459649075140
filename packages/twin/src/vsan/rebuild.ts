/**
 * Re-protecting an object after a failure (vsan-ha.md §2 Repair delay timer; §6 "Rebuild for DEGRADED: immediate
 * (if a spare FD exists)"). A replacement is placed on a spare fault domain as RECONFIG with the whole component
 * to copy; with no spare fault domain nothing happens (the 3-host FTT=1 case, §1 Quorum and votes).
 */
import type { RngState } from '../rng';
import { nextUuid } from '../rng';

import { diskUsage } from './capacity';
import { componentsDueForRepair } from './failures';
import { blockedFaultDomainsFor, failedComponents, hasUsableFaultDomainOutside } from './fault-domains';
import { replaceLeaf } from './layout';
import { isAccessible } from './quorum';
import type { FreeSpace } from './replacement-disk';
import { chooseReplacementDisk, reserveSpace, trackFreeSpace } from './replacement-disk';
import type { VsanComponent, VsanHost, VsanObject } from './types';
import type { Seconds } from './units';
import { bytes, DEFAULT_REPAIR_DELAY_SECONDS } from './units';

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
  const known = options.freeBytesByDisk === undefined ? undefined : trackFreeSpace(hosts, options.freeBytesByDisk);
  const result = rebuildWith(object, hosts, rng, options, known);
  return known === undefined ? result : { ...result, freeBytesByDisk: known.bytes };
}

/** One object of a batch, with the components to rebuild. */
export interface RebuildRequest {
  object: VsanObject;
  componentUuids: readonly string[];
}

/** Each request's outcome (in order), the RNG after all of them, and the free bytes after every reservation. */
export interface RebuildBatchResult {
  results: Omit<RebuildResult, 'freeBytesByDisk' | 'rng'>[];
  rng: RngState;
  freeBytesByDisk: Map<string, number>;
}

/**
 * Rebuilds many objects in order, each seeing the space the earlier ones reserved: the same as calling `rebuild`
 * for each and threading its RNG and free bytes into the next, without copying the free bytes per object (a host
 * failure on a 64-host cluster starts hundreds of rebuilds in one step).
 */
export function rebuildAll(
  requests: readonly RebuildRequest[],
  hosts: readonly VsanHost[],
  rng: RngState,
  freeBytesByDisk: ReadonlyMap<string, number>,
): RebuildBatchResult {
  const free = trackFreeSpace(hosts, freeBytesByDisk);
  let random = rng;
  const results = requests.map(({ object, componentUuids }) => {
    const { rng: next, ...result } = rebuildWith(object, hosts, random, { componentUuids }, free);
    random = next;
    return result;
  });
  return { results, rng: random, freeBytesByDisk: free.bytes };
}

/** `rebuild` with a free-space ledger it updates in place (owned by the caller), or none to scan the objects. */
function rebuildWith(
  object: VsanObject,
  hosts: readonly VsanHost[],
  rng: RngState,
  options: Pick<RebuildOptions, 'componentUuids' | 'otherObjects'>,
  known: FreeSpace | undefined,
): RebuildResult {
  // Usually one or two uuids: a scan beats building a set, once per object of a batch.
  const wanted = options.componentUuids;
  const targets = failedComponents(object).filter((c) => wanted === undefined || wanted.includes(c.uuid));
  let current = object;
  let random = rng;
  const started: string[] = [];
  const blocked: RebuildResult['blocked'] = [];
  for (const target of targets) {
    if (!isAccessible(current)) {
      // The object's owner needs quorum and an intact copy before it can reconfigure anything.
      blocked.push({ componentUuid: target.uuid, reason: 'object is inaccessible' });
      continue;
    }
    const avoid = blockedFaultDomainsFor(current, target.uuid);
    if (avoid === null || !hasUsableFaultDomainOutside(hosts, avoid)) {
      blocked.push({ componentUuid: target.uuid, reason: 'no spare fault domain' });
      continue;
    }
    const free =
      known ??
      trackFreeSpace(
        hosts,
        new Map(diskUsage(hosts, [...(options.otherObjects ?? []), current]).map((row) => [row.diskId, row.freeBytes])),
      );
    const reservation = Math.round((target.sizeBytes * current.placedPolicy.proportionalCapacity) / 100);
    const choice = chooseReplacementDisk(free, avoid, reservation, random);
    random = choice.rng;
    const disk = choice.disk;
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
    if (known !== undefined) reserveSpace(known, disk.capacityDisk.diskId, reservation);
  }
  return { object: current, rng: random, started, blocked };
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
