/**
 * The capacity device a replacement component goes to (vsan-ha.md §2 Repair delay timer: "builds a new component
 * elsewhere"): a device on a spare fault domain with room for the reservation, most free bytes first, ties broken by
 * a seeded key drawn for every candidate in disk-id order (`drawTieKeys`). Hundreds of rebuilds start in one step
 * after a host failure on a big cluster, so the usable devices are indexed once per hosts array, the free bytes are
 * kept in a ledger that each reservation updates, and a choice reads only the top of a most-free-first order
 * (plus one pass over the devices when the policy reserves space).
 */
import type { RngState } from '../rng';
import { nextRandoms } from '../rng';

import type { UsableDisk } from './fault-domains';
import { usableFaultDomains } from './fault-domains';
import { drawTieKeys } from './place-layout';
import type { VsanHost } from './types';

/** The usable devices in fault-domain order, with lookups by id, by id order and by fault domain. */
interface UsableDiskIndex {
  /** Fault domains in id order, each with its devices in host order: the order candidates are compared in. */
  disks: readonly UsableDisk[];
  /** Positions in `disks`, by disk id (code-unit order, as `Array#sort` gives): the order tie keys are drawn in. */
  byId: Int32Array;
  /** Each position's place in `byId`. */
  idRank: Int32Array;
  positionsOfId: ReadonlyMap<string, readonly number[]>;
  positionsOfFaultDomain: ReadonlyMap<string, readonly number[]>;
  /** False when two devices share an id (only hand-made host lists): they then share one key, the last drawn. */
  uniqueIds: boolean;
}

const INDEX_CACHE = new WeakMap<readonly VsanHost[], UsableDiskIndex>();

function group(keys: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const list = positions.get(key);
    if (list === undefined) positions.set(key, [i]);
    else list.push(i);
  });
  return positions;
}

function usableDiskIndex(hosts: readonly VsanHost[]): UsableDiskIndex {
  const cached = INDEX_CACHE.get(hosts);
  if (cached !== undefined) {
    return cached;
  }
  const disks = [...usableFaultDomains(hosts).values()].flat();
  const ids = disks.map((d) => d.capacityDisk.diskId);
  const order = disks.map((_, i) => i);
  order.sort((x, y) => {
    const a = ids[x] ?? '';
    const b = ids[y] ?? '';
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const positionsOfId = group(ids);
  const idRank = new Int32Array(disks.length);
  order.forEach((i, rank) => {
    idRank[i] = rank;
  });
  const index: UsableDiskIndex = {
    disks,
    byId: Int32Array.from(order),
    idRank,
    positionsOfId,
    positionsOfFaultDomain: group(disks.map((d) => d.faultDomain)),
    uniqueIds: positionsOfId.size === ids.length,
  };
  INDEX_CACHE.set(hosts, index);
  return index;
}

/** Free bytes per capacity device for a run of choices; each reservation is taken off at once. Owned by one caller. */
export interface FreeSpace {
  index: UsableDiskIndex;
  /** Free bytes of `index.disks`, by position. */
  freeAt: Float64Array;
  /** Positions, most free bytes first (ties by position), and each position's place in it. */
  byFree: Int32Array;
  placeOf: Int32Array;
  /** Free bytes by disk id, every device of the input included (usable or not). */
  bytes: Map<string, number>;
  /** Scratch space for one choice: the tie keys, and the devices on fault domains to avoid (cleared after use). */
  keys: Float64Array;
  excluded: Uint8Array;
}

/** A ledger over a copy of `free` (missing devices count as 0 bytes free). */
export function trackFreeSpace(hosts: readonly VsanHost[], free: ReadonlyMap<string, number>): FreeSpace {
  const index = usableDiskIndex(hosts);
  const freeAt = Float64Array.from(index.disks, (d) => free.get(d.capacityDisk.diskId) ?? 0);
  const byFree = Int32Array.from(index.disks, (_, i) => i).sort((a, b) => (freeAt[b] ?? 0) - (freeAt[a] ?? 0) || a - b);
  const placeOf = new Int32Array(byFree.length);
  byFree.forEach((i, place) => {
    placeOf[i] = place;
  });
  const scratch = { keys: new Float64Array(index.disks.length), excluded: new Uint8Array(index.disks.length) };
  return { index, freeAt, byFree, placeOf, bytes: new Map(free), ...scratch };
}

/** Whether position `a` comes before `b` in `byFree`. */
function aheadOf(space: FreeSpace, a: number, b: number): boolean {
  const fa = space.freeAt[a] ?? 0;
  const fb = space.freeAt[b] ?? 0;
  return fa > fb || (fa === fb && a < b);
}

/** Moves position `i` to its place in `byFree` after its free bytes changed. */
function reorder(space: FreeSpace, i: number): void {
  const { byFree, placeOf } = space;
  let place = placeOf[i] ?? 0;
  for (let next = byFree[place + 1]; next !== undefined && aheadOf(space, next, i); next = byFree[place + 1]) {
    byFree[place] = next;
    placeOf[next] = place;
    place += 1;
  }
  for (let prev = byFree[place - 1]; prev !== undefined && aheadOf(space, i, prev); prev = byFree[place - 1]) {
    byFree[place] = prev;
    placeOf[prev] = place;
    place -= 1;
  }
  byFree[place] = i;
  placeOf[i] = place;
}

/** Takes `reservation` bytes off the device. */
export function reserveSpace(space: FreeSpace, diskId: string, reservation: number): void {
  const left = (space.bytes.get(diskId) ?? 0) - reservation;
  space.bytes.set(diskId, left);
  if (reservation === 0) return;
  for (const i of space.index.positionsOfId.get(diskId) ?? []) {
    space.freeAt[i] = left;
    reorder(space, i);
  }
}

/** Whether the device at position `i` can take the replacement: outside `avoid` and with room for the reservation. */
function fits(space: FreeSpace, excluded: Uint8Array, reservation: number, i: number): boolean {
  return excluded[i] !== 1 && (reservation === 0 || (space.freeAt[i] ?? 0) >= reservation);
}

/** The chosen device (undefined when none has room) and the RNG after one tie key per candidate. */
export interface ReplacementDiskChoice {
  disk: UsableDisk | undefined;
  rng: RngState;
}

/**
 * Picks the device for a replacement: usable, on a fault domain outside `avoid`, with at least `reservation` bytes
 * free (any device when nothing is reserved); most free bytes wins, then the smallest seeded key, then the earliest
 * in fault-domain order. Draws exactly one key per candidate, in disk-id order.
 */
export function chooseReplacementDisk(
  space: FreeSpace,
  avoid: ReadonlySet<string>,
  reservation: number,
  rng: RngState,
): ReplacementDiskChoice {
  const { index, excluded } = space;
  const excludedList: number[] = [];
  for (const fd of avoid) {
    for (const i of index.positionsOfFaultDomain.get(fd) ?? []) {
      excluded[i] = 1;
      excludedList.push(i);
    }
  }
  const choice = index.uniqueIds
    ? chooseAmong(space, excludedList, reservation, rng)
    : chooseWithSharedKeys(space, excluded, reservation, rng);
  for (const i of excludedList) excluded[i] = 0;
  return choice;
}

/** The choice when every device id is unique (every cluster the twin builds). */
function chooseAmong(
  space: FreeSpace,
  excludedList: readonly number[],
  reservation: number,
  rng: RngState,
): ReplacementDiskChoice {
  const { index, freeAt, byFree, excluded } = space;
  const { disks, byId, idRank } = index;
  // The candidates with the most free bytes: the first ones in `byFree` that fit (usually one).
  const tied: number[] = [];
  for (const i of byFree) {
    if (excluded[i] === 1) continue;
    if (!fits(space, excluded, reservation, i) || (tied.length > 0 && freeAt[i] !== freeAt[tied[0] ?? 0])) break;
    tied.push(i);
  }
  // How many candidates there are: nothing reserved, every device outside `avoid`; else those with room, which
  // come first in `byFree`.
  let count = disks.length - excludedList.length;
  if (reservation !== 0) {
    count = 0;
    for (let k = 0; k < byFree.length && (freeAt[byFree[k] ?? 0] ?? 0) >= reservation; k += 1) {
      if (excluded[byFree[k] ?? 0] !== 1) count += 1;
    }
  }
  // One key per candidate, in id order; among the most free, the smallest key wins, then fault-domain order.
  const [keys, next] = nextRandoms(rng, count, space.keys);
  let best = -1;
  let bestKey = Infinity;
  for (const i of tied) {
    // The candidate's draw number: how many candidates come before it in id order.
    const rank = idRank[i] ?? 0;
    let draw = rank;
    if (reservation === 0) {
      for (const j of excludedList) if ((idRank[j] ?? 0) < rank) draw -= 1;
    } else {
      draw = 0;
      for (let k = 0; k < rank; k += 1) if (fits(space, excluded, reservation, byId[k] ?? 0)) draw += 1;
    }
    const key = keys[draw] ?? 0;
    if (best < 0 || key < bestKey || (key === bestKey && i < best)) {
      best = i;
      bestKey = key;
    }
  }
  return { disk: best < 0 ? undefined : disks[best], rng: next };
}

/** The same choice when ids repeat: keys by id (`drawTieKeys`), compared in fault-domain order. */
function chooseWithSharedKeys(
  space: FreeSpace,
  excluded: Uint8Array,
  reservation: number,
  rng: RngState,
): ReplacementDiskChoice {
  const freeOf = (d: UsableDisk): number => space.bytes.get(d.capacityDisk.diskId) ?? 0;
  const candidates = space.index.disks.filter(
    (d, i) => excluded[i] !== 1 && (reservation === 0 || freeOf(d) >= reservation),
  );
  const ties = drawTieKeys(
    candidates.map((d) => d.capacityDisk.diskId),
    rng,
  );
  const keyOf = (d: UsableDisk): number => ties.keys.get(d.capacityDisk.diskId) ?? 0;
  const disk = candidates.reduce<UsableDisk | undefined>(
    (best, d) =>
      best === undefined || freeOf(d) > freeOf(best) || (freeOf(d) === freeOf(best) && keyOf(d) < keyOf(best))
        ? d
        : best,
    undefined,
  );
  return { disk, rng: ties.rng };
}
