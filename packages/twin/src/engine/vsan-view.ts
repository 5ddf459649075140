/**
 * Derived vSAN views of the state, memoized per array so repeated reads inside one step cost nothing: the vSAN rules'
 * host list and the objects needing attention (objects by host are in `host-index.ts`, free bytes per device in
 * `vsan-usage.ts`). All are functions of the arrays they are keyed by, so the cache can never disagree with the state.
 */
import type { TwinTime } from '../tasks/time';
import { isAccessible } from '../vsan/quorum';
import type { VsanHost, VsanObject } from '../vsan/types';
import { bytes } from '../vsan/units';

import type { EngineHost, IoStun, TwinState } from './state';
import { createTable } from './table';

/** vSAN objects by uuid. */
export const OBJECTS = createTable<VsanObject>((o) => o.uuid);

const VSAN_HOSTS = new WeakMap<readonly EngineHost[], VsanHost[]>();
const ATTENTION = new WeakMap<readonly VsanObject[], readonly VsanObject[]>();
const ATTENTION_SET = new WeakMap<readonly VsanObject[], ReadonlySet<string>>();

/** The hosts as the vSAN rules see them: up = powered on and on the vSAN network (not isolated). */
export function vsanHostsOf(hosts: readonly EngineHost[]): VsanHost[] {
  const known = VSAN_HOSTS.get(hosts);
  if (known !== undefined) return known;
  const built = hosts.map<VsanHost>((h) => ({
    hostId: h.id,
    name: h.name,
    poweredOn: h.power === 'poweredOn',
    connected: !h.isolated,
    allFlash: h.diskGroups.every((g) => g.capacityDisks.every((d) => d.isSsd)),
    diskGroups: h.diskGroups.map((g) => ({
      cacheDisk: { diskId: g.cacheDisk.id, name: g.cacheDisk.name, failed: g.cacheDisk.failed },
      capacityDisks: g.capacityDisks.map((d) => ({
        diskId: d.id,
        name: d.name,
        capacityBytes: bytes(d.capacityBytes),
        usedBytes: bytes(0),
        failed: d.failed,
      })),
    })),
  }));
  VSAN_HOSTS.set(hosts, built);
  return built;
}

/** The state's hosts for the vSAN rules. */
export function vsanHosts(s: TwinState): VsanHost[] {
  return vsanHostsOf(s.topology.hosts);
}

/** True when the object is anything but fully in sync and compliant (the only ones whose health can differ). */
export function needsAttention(o: VsanObject): boolean {
  return (
    o.dataLost ||
    o.placedPolicy.ftt < o.policy.ftt ||
    o.placedPolicy.stripeWidth < o.policy.stripeWidth ||
    o.components.some((c) => c.state !== 'ACTIVE' || c.bytesToSync > 0)
  );
}

/** Objects that are not simply healthy: failed, resyncing, rebuilding or below their policy. Array order. */
export function attentionObjects(objects: readonly VsanObject[]): readonly VsanObject[] {
  const known = ATTENTION.get(objects);
  if (known !== undefined) return known;
  const built = objects.filter(needsAttention);
  ATTENTION.set(objects, built);
  return built;
}

/** Carries the attention list over an append (new objects go last) or a removal. */
export function carryAttentionMembers(
  prev: readonly VsanObject[],
  next: readonly VsanObject[],
  removedUuids: readonly string[],
  added: readonly VsanObject[],
): void {
  const known = ATTENTION.get(prev);
  if (known === undefined || ATTENTION.has(next)) return;
  const gone = new Set(removedUuids);
  ATTENTION.set(next, [...known.filter((o) => !gone.has(o.uuid)), ...added.filter(needsAttention)]);
}

/**
 * Carries the attention list over to `next`, which is `prev` with `changed` replaced in place: the few changed
 * objects are re-judged instead of all 10,000. The result equals a fresh scan (same members, array order).
 */
export function carryAttention(
  prev: readonly VsanObject[],
  next: readonly VsanObject[],
  changed: readonly VsanObject[],
): void {
  const known = ATTENTION.get(prev);
  if (known === undefined || ATTENTION.has(next)) return;
  const latest = new Map<string, VsanObject>();
  for (const o of changed) latest.set(o.uuid, o);
  // Usually (rebuilds, resync progress) every changed object already needed attention and still does: swapped in
  // place, the list keeps its array order without a sort.
  let inPlace = 0;
  const swapped = known.map((o) => {
    const now = latest.get(o.uuid);
    if (now === undefined) return o;
    inPlace += 1;
    return now;
  });
  let stillNeeded = inPlace === latest.size;
  for (const o of latest.values()) if (stillNeeded && !needsAttention(o)) stillNeeded = false;
  if (stillNeeded) {
    ATTENTION.set(next, swapped);
    return;
  }
  const merged = [...known.filter((o) => !latest.has(o.uuid)), ...[...latest.values()].filter(needsAttention)];
  merged.sort((a, b) => OBJECTS.position(next, a.uuid) - OBJECTS.position(next, b.uuid));
  ATTENTION.set(next, merged);
}

/** Uuids of the objects needing attention, as a set (health lookups for lists). */
export function attentionUuids(objects: readonly VsanObject[]): ReadonlySet<string> {
  const known = ATTENTION_SET.get(objects);
  if (known !== undefined) return known;
  const built = new Set(attentionObjects(objects).map((o) => o.uuid));
  ATTENTION_SET.set(objects, built);
  return built;
}

/** Whether vSAN is pausing I/O on the object at `t` (a stun window of a host it had a component on). */
export function isStunned(stuns: readonly IoStun[], o: VsanObject, t: TwinTime): boolean {
  return stuns.some((st) => t < st.until && o.components.some((c) => c.hostId === st.hostId));
}

/** Whether the object serves I/O at `t`: accessible (quorum + intact copy) and not paused. */
export function servesIo(s: TwinState, o: VsanObject, t: TwinTime): boolean {
  return isAccessible(o) && !isStunned(s.vsan.stuns, o, t);
}
