/**
 * Adding, replacing, removing and placing vSAN objects in the working state. Placement draws from the state's seeded
 * RNG and reads free space once per step (vsan/placement.ts), so 10,000 objects never mean 10,000 scans.
 */
import { nextUuid } from '../rng';
import type { EffectivePolicy } from '../vdvs/capabilities';
import type { PlacementInput } from '../vsan/placement';
import { placeObject } from '../vsan/placement';
import type { PlacementError } from '../vsan/policy-rules';
import type { PlacementPolicy, VsanObject } from '../vsan/types';

import { carryHostIndex, sameHosts } from './host-index';
import { carryUsage, freeBytesByDisk } from './vsan-usage';
import { carryAttention, carryAttentionMembers, OBJECTS, vsanHosts } from './vsan-view';
import type { Work } from './work';

/** The vSAN rules' policy for a resolved vDVS policy (vdvs.md §4 → vsan-ha.md §1). */
export function toPlacementPolicy(policy: EffectivePolicy): PlacementPolicy {
  const ftt = Math.min(3, Math.max(0, Math.trunc(policy.ftt))) as PlacementPolicy['ftt'];
  return {
    ftt,
    stripeWidth: policy.stripeWidth,
    faultTolerance: policy.failureToleranceMethod,
    proportionalCapacity: policy.proportionalCapacity,
    forceProvisioning: policy.forceProvisioning,
  };
}

/** Replaces objects (same uuids) in the working state. */
export function putObjects(w: Work, updated: readonly VsanObject[]): void {
  if (updated.length === 0) return;
  const prev = w.s.vsan.objects;
  // Each object's latest version, side by side with the version it replaces.
  const latest: VsanObject[] = [];
  const before: VsanObject[] = [];
  const byUuid = new Map<string, VsanObject>();
  for (const u of updated) byUuid.set(u.uuid, u);
  for (const o of byUuid.values()) {
    const old = OBJECTS.find(prev, o.uuid);
    if (old === undefined) continue;
    latest.push(o);
    before.push(old);
  }
  const next = OBJECTS.replace(prev, latest);
  carryAttention(prev, next, latest);
  carryUsage(prev, next, before, latest);
  // Only objects with a component on another host move in the host index; resync progress moves none.
  const movedBefore: VsanObject[] = [];
  const movedLatest: VsanObject[] = [];
  latest.forEach((o, i) => {
    const old = before[i];
    if (old !== undefined && !sameHosts(old, o)) {
      movedBefore.push(old);
      movedLatest.push(o);
    }
  });
  carryHostIndex(prev, next, movedBefore, movedLatest);
  w.s = { ...w.s, vsan: { ...w.s.vsan, objects: next } };
}

/** Adds new objects. */
export function addObjects(w: Work, added: readonly VsanObject[]): void {
  if (added.length === 0) return;
  const prev = w.s.vsan.objects;
  const next = OBJECTS.append(prev, added);
  carryAttentionMembers(prev, next, [], added);
  carryUsage(prev, next, [], added);
  carryHostIndex(prev, next, [], added);
  w.s = { ...w.s, vsan: { ...w.s.vsan, objects: next } };
}

/** Deletes objects and anything pending for them. */
export function dropObjects(w: Work, uuids: readonly string[]): void {
  if (uuids.length === 0) return;
  const gone = new Set(uuids);
  const prev = w.s.vsan.objects;
  const next = OBJECTS.remove(prev, uuids);
  const removed = uuids.flatMap((u) => {
    const o = OBJECTS.find(prev, u);
    return o === undefined ? [] : [o];
  });
  carryAttentionMembers(prev, next, uuids, []);
  carryUsage(prev, next, removed, []);
  carryHostIndex(prev, next, removed, []);
  w.s = {
    ...w.s,
    vsan: { ...w.s.vsan, objects: next, awayWrites: w.s.vsan.awayWrites.filter((a) => !gone.has(a.objectUuid)) },
  };
}

/** What a new object needs beyond what the state supplies (hosts, RNG, free space). */
export type NewObject = Omit<PlacementInput, 'hosts' | 'rng' | 'existingObjects' | 'freeBytesByDisk'> & {
  writtenBytes?: number;
  /** Keep this uuid (a re-placement) instead of drawing one. */
  uuid?: string;
};

/** Places an object on the live cluster without adding it; the RNG advances only on success. */
export function placeNew(w: Work, input: NewObject): VsanObject | PlacementError {
  const { writtenBytes, uuid, ...placement } = input;
  const placed = placeObject({
    ...placement,
    hosts: vsanHosts(w.s),
    rng: w.s.rng,
    freeBytesByDisk: freeBytesByDisk(w.s),
  });
  if ('error' in placed) return placed.error;
  w.s = { ...w.s, rng: placed.rng };
  const written = Math.min(placed.object.sizeBytes, Math.max(0, writtenBytes ?? 0));
  return { ...placed.object, uuid: uuid ?? placed.object.uuid, writtenBytes: written as VsanObject['writtenBytes'] };
}

/** Narrows `placeNew`'s outcome to the refusal. */
export function isPlacementError(x: VsanObject | PlacementError): x is PlacementError {
  return 'code' in x;
}

/** A fresh uuid from the state's RNG (VM BIOS uuids and the like). */
export function drawUuid(w: Work): string {
  const [uuid, rng] = nextUuid(w.s.rng);
  w.s = { ...w.s, rng };
  return uuid;
}
