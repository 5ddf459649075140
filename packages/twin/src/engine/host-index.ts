/**
 * Which objects have a component on each host (a host failure touches only those), memoized per objects array. Each
 * change to the array is logged (`change-log.ts`) and folded in when a host's objects are next asked for, so the
 * hundreds of objects a rebuild or a resync deadline replaces cost nothing here.
 */
import type { VsanObject } from '../vsan/types';

import type { ChangeLog } from './change-log';
import { appendChange, netChange } from './change-log';
import { OBJECTS } from './vsan-view';

/** Object uuids per host id. */
type HostIndex = ReadonlyMap<string, readonly string[]>;
/** Computed, or a computed ancestor plus the objects that moved since. */
type HostIndexEntry = { ready: HostIndex } | { base: HostIndex; changes: ChangeLog };
// Beyond this many logged objects the moves are folded in at once, so the log stays small.
const MAX_PENDING_MOVES = 8000;

const BY_HOST = new WeakMap<readonly VsanObject[], HostIndexEntry>();

function hostsOf(o: VsanObject): string[] {
  const hosts: string[] = [];
  for (const c of o.components) if (!hosts.includes(c.hostId)) hosts.push(c.hostId);
  return hosts;
}

/** Whether two versions of an object have their components on the same hosts, in the same order. */
export function sameHosts(a: VsanObject, b: VsanObject): boolean {
  if (a.components === b.components) return true;
  if (a.components.length !== b.components.length) return false;
  for (let i = 0; i < a.components.length; i += 1) {
    if (a.components[i]?.hostId !== b.components[i]?.hostId) return false;
  }
  return true;
}

/** The host index with objects that left (`removed`) and arrived (`added`; a replaced object is both) moved. */
function withMoves(known: HostIndex, removed: Iterable<VsanObject>, added: Iterable<VsanObject>): HostIndex {
  const delta = new Map<string, { drop: Set<string>; add: string[] }>();
  const entry = (hostId: string): { drop: Set<string>; add: string[] } => {
    const e = delta.get(hostId) ?? { drop: new Set<string>(), add: [] };
    delta.set(hostId, e);
    return e;
  };
  const before = new Map<string, string[]>();
  for (const o of removed) before.set(o.uuid, hostsOf(o));
  const after = new Map<string, string[]>();
  for (const o of added) after.set(o.uuid, hostsOf(o));
  for (const [uuid, hosts] of before) for (const h of hosts) if (!after.get(uuid)?.includes(h)) entry(h).drop.add(uuid);
  for (const [uuid, hosts] of after) for (const h of hosts) if (!before.get(uuid)?.includes(h)) entry(h).add.push(uuid);
  if (delta.size === 0) return known;
  const copy = new Map(known);
  for (const [hostId, { drop, add }] of delta) {
    const list = known.get(hostId) ?? [];
    // A rebuild adds a host to hundreds of objects at once: lists that only grow are concatenated, not filtered.
    copy.set(hostId, (drop.size === 0 ? list : list.filter((u) => !drop.has(u))).concat(add));
  }
  return copy;
}

function hostIndex(objects: readonly VsanObject[]): HostIndex {
  const known = BY_HOST.get(objects);
  if (known !== undefined && 'ready' in known) return known.ready;
  let ready: HostIndex;
  if (known !== undefined) {
    const { first, latest } = netChange(known.changes);
    ready = withMoves(known.base, nonNull(first.values()), nonNull(latest.values()));
  } else {
    const built = new Map<string, string[]>();
    for (const o of objects) {
      for (const hostId of hostsOf(o)) {
        const list = built.get(hostId);
        if (list === undefined) built.set(hostId, [o.uuid]);
        else list.push(o.uuid);
      }
    }
    ready = built;
  }
  BY_HOST.set(objects, { ready });
  return ready;
}

function* nonNull(objects: Iterable<VsanObject | null>): Iterable<VsanObject> {
  for (const o of objects) if (o !== null) yield o;
}

/** Uuids of the objects with at least one component (data or witness) on the host, in array order. */
export function objectsOnHost(objects: readonly VsanObject[], hostId: string): readonly string[] {
  const uuids = hostIndex(objects).get(hostId) ?? [];
  // Carried indexes append out of array order; sorting keeps every caller's iteration independent of history.
  return [...uuids].sort((a, b) => OBJECTS.position(objects, a) - OBJECTS.position(objects, b));
}

/** Carries the host index over a change where `removed` objects left and `added` ones arrived (same uuid: replaced). */
export function carryHostIndex(
  prev: readonly VsanObject[],
  next: readonly VsanObject[],
  removed: readonly VsanObject[],
  added: readonly VsanObject[],
): void {
  const known = BY_HOST.get(prev);
  if (known === undefined || BY_HOST.has(next)) return;
  if (removed.length === 0 && added.length === 0) {
    BY_HOST.set(next, known);
    return;
  }
  const entry: { base: HostIndex; changes: ChangeLog } =
    'ready' in known
      ? { base: known.ready, changes: appendChange(null, removed, added) }
      : { base: known.base, changes: appendChange(known.changes, removed, added) };
  BY_HOST.set(next, entry);
  if (entry.changes.size > MAX_PENDING_MOVES) hostIndex(next);
}
