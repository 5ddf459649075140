/**
 * Capacity per device from the placed components (vsan/capacity.ts rules: thin objects use what was written,
 * reservations count up front, every replica counts), memoized per objects array and carried over small changes,
 * so placement and the Capacity view never rescan 40,000 components after each change.
 */
import type { DiskUsage } from '../vsan/capacity';
import { componentUsage } from '../vsan/capacity';
import type { VsanHost, VsanObject } from '../vsan/types';
import { bytes } from '../vsan/units';

import type { ChangeLog } from './change-log';
import { appendChange, netChange } from './change-log';
import type { TwinState } from './state';
import { vsanHosts } from './vsan-view';

/** Bytes the placed components use and reserve on each capacity device (no baseline): [used, reserved]. */
type PlacedUsage = ReadonlyMap<string, readonly [number, number]>;

/**
 * Either computed, or a computed ancestor plus the log of objects that changed since. Resync changes hundreds of
 * objects at every deadline; folding the changes in only when someone reads the usage costs one pass over the changed
 * objects instead of one per deadline, and appending to the log copies nothing.
 */
type UsageEntry = { ready: PlacedUsage } | { base: PlacedUsage; changes: ChangeLog };

// Beyond this many logged objects the changes are folded in at once, so the log (and the old versions it keeps
// alive) stays small.
const MAX_PENDING = 8000;

const PLACED = new WeakMap<readonly VsanObject[], UsageEntry>();
const ROWS = new WeakMap<
  readonly VsanObject[],
  { hosts: readonly VsanHost[]; rows: readonly DiskUsage[]; free: ReadonlyMap<string, number> }
>();

// Only maps under construction are written; published ones are copied first.
function addUsage(into: Map<string, [number, number]>, o: VsanObject, sign: 1 | -1): void {
  for (const c of o.components) {
    if (c.sizeBytes === 0) continue;
    const u = componentUsage(o, c);
    const entry = into.get(c.capacityDisk.diskId);
    if (entry === undefined) into.set(c.capacityDisk.diskId, [sign * u.usedBytes, sign * u.reservedBytes]);
    else {
      entry[0] += sign * u.usedBytes;
      entry[1] += sign * u.reservedBytes;
    }
  }
}

function fold(entry: UsageEntry): PlacedUsage {
  if ('ready' in entry) return entry.ready;
  const copy = new Map<string, [number, number]>(
    [...entry.base].map(([id, [used, reserved]]) => [id, [used, reserved]]),
  );
  const { first, latest } = netChange(entry.changes);
  for (const o of first.values()) if (o !== null) addUsage(copy, o, -1);
  for (const o of latest.values()) if (o !== null) addUsage(copy, o, 1);
  return copy;
}

function placedUsage(objects: readonly VsanObject[]): PlacedUsage {
  const known = PLACED.get(objects);
  if (known !== undefined && 'ready' in known) return known.ready;
  let ready: PlacedUsage;
  if (known !== undefined) ready = fold(known);
  else {
    const built = new Map<string, [number, number]>();
    for (const o of objects) addUsage(built, o, 1);
    ready = built;
  }
  PLACED.set(objects, { ready });
  return ready;
}

/**
 * Carries the per-device usage over to `next` when only `removed` left and `added` arrived (a replaced object is
 * both): the change is logged and folded in on the next read, instead of 40,000 components rescanned.
 */
export function carryUsage(
  prev: readonly VsanObject[],
  next: readonly VsanObject[],
  removed: readonly VsanObject[],
  added: readonly VsanObject[],
): void {
  const known = PLACED.get(prev);
  if (known === undefined || PLACED.has(next)) return;
  const entry: { base: PlacedUsage; changes: ChangeLog } =
    'ready' in known
      ? { base: known.ready, changes: appendChange(null, removed, added) }
      : { base: known.base, changes: appendChange(known.changes, removed, added) };
  PLACED.set(next, entry.changes.size > MAX_PENDING ? { ready: fold(entry) } : entry);
}

/** Per-device usage with every object counted (Capacity view, host disks). */
export function diskRows(s: TwinState): readonly DiskUsage[] {
  const hosts = vsanHosts(s);
  const known = ROWS.get(s.vsan.objects);
  if (known !== undefined && known.hosts === hosts) return known.rows;
  const placed = placedUsage(s.vsan.objects);
  const rows = hosts.flatMap((host) =>
    host.diskGroups.flatMap((group) =>
      group.capacityDisks.map<DiskUsage>((disk) => {
        const [used, reserved] = placed.get(disk.diskId) ?? [0, 0];
        const usedBytes = disk.usedBytes + used;
        return {
          hostId: host.hostId,
          diskId: disk.diskId,
          name: disk.name,
          online: host.poweredOn && host.connected && disk.failed !== true && group.cacheDisk.failed !== true,
          capacityBytes: disk.capacityBytes,
          usedBytes: bytes(usedBytes),
          reservedBytes: bytes(reserved),
          freeBytes: bytes(Math.max(0, disk.capacityBytes - usedBytes - reserved)),
        };
      }),
    ),
  );
  const free = new Map(rows.map((row) => [row.diskId, row.freeBytes as number]));
  ROWS.set(s.vsan.objects, { hosts, rows, free });
  return rows;
}

/** Free bytes per capacity device with every object counted (placement and rebuild read it). */
export function freeBytesByDisk(s: TwinState): ReadonlyMap<string, number> {
  diskRows(s);
  return ROWS.get(s.vsan.objects)?.free ?? new Map<string, number>();
}
