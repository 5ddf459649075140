/**
 * The repair delay timer at work (vsan-ha.md §2 Repair delay timer, §6): DEGRADED components are rebuilt at once and
 * ABSENT ones once `repairDelaySeconds` has run out, each on a spare fault domain; with none (3 hosts, FTT=1) they
 * stay as they are and the object's health turns from "delay timer" to "no rebuild" (§1 Quorum and votes).
 */
import { sinceStart } from '../tasks/time';
import { componentsDueForRepair } from '../vsan/failures';
import type { RebuildBlockReason } from '../vsan/rebuild';
import { rebuildAll } from '../vsan/rebuild';
import type { VsanComponent, VsanObject } from '../vsan/types';

import { putObjects } from './objects';
import { clusterEntity } from './refs';
import type { TwinState } from './state';
import { freeBytesByDisk } from './vsan-usage';
import { attentionObjects, vsanHosts } from './vsan-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

/**
 * `expiring`: only components whose timer runs out exactly now (the advance loop stops at every expiry);
 * `due`: everything due, after a change that may have made room (a host or disk back, a shorter delay).
 */
export type RepairScope = 'expiring' | 'due';

/** When the component's ABSENT timer runs out. */
function expiryOf(s: TwinState, staleSince: number): number {
  return staleSince + s.topology.cluster.repairDelaySeconds;
}

/** Starts the rebuilds that are due; reports started and blocked ones as one event each. */
export function runRepairs(w: Work, scope: RepairScope): void {
  const t = nowOf(w);
  const delay = w.s.topology.cluster.repairDelaySeconds;
  const expiresNow = (c: VsanComponent): boolean =>
    c.state === 'ABSENT' && expiryOf(w.s, c.staleSinceSeconds ?? t) === t;
  // A loop, not flatMap: at every deadline of a resync this looks at each object needing attention.
  const due: { o: VsanObject; uuids: string[] }[] = [];
  for (const o of attentionObjects(w.s.vsan.objects)) {
    let failed = false;
    let expiring = false;
    for (let i = 0; i < o.components.length; i += 1) {
      const c = o.components[i];
      if (c === undefined) continue;
      if (c.state === 'ABSENT' || c.state === 'DEGRADED') failed = true;
      if (expiresNow(c)) expiring = true;
    }
    if (!failed || (scope === 'expiring' && !expiring)) continue;
    const uuids = componentsDueForRepair(o, sinceStart(t), delay)
      .filter((c) => scope === 'due' || expiresNow(c))
      .map((c) => c.uuid);
    if (uuids.length > 0) due.push({ o, uuids });
  }
  // Free space costs a scan of every component: only pay it when something is actually due.
  if (due.length === 0) return;
  const { results, rng } = rebuildAll(
    due.map(({ o, uuids }) => ({ object: o, componentUuids: uuids })),
    vsanHosts(w.s),
    w.s.rng,
    freeBytesByDisk(w.s),
  );
  const updated: VsanObject[] = [];
  let started = 0;
  const blocked = new Map<RebuildBlockReason, number>();
  for (const r of results) {
    if (r.started.length > 0) updated.push(r.object);
    started += r.started.length;
    for (const b of r.blocked) blocked.set(b.reason, (blocked.get(b.reason) ?? 0) + 1);
  }
  putObjects(w, updated);
  w.s = { ...w.s, rng };
  if (started > 0) {
    emit(w, {
      time: t,
      severity: 'info',
      typeId: 'com.harborview.vsan.RebuildStarted',
      message: `vSAN started rebuilding ${started} components of ${updated.length} objects on spare fault domains`,
      objects: [clusterEntity(w.s)],
    });
  }
  for (const [reason, count] of blocked) {
    emit(w, {
      time: t,
      severity: 'warning',
      typeId: 'com.harborview.vsan.RebuildBlocked',
      message: `vSAN cannot rebuild ${count} components (${reason}): they stay Absent or Degraded until their host or disk returns`,
      objects: [clusterEntity(w.s)],
    });
  }
}

/** The next instant an ABSENT component's repair timer runs out, after now; Infinity when none waits. */
export function nextRepairExpiry(s: TwinState): number {
  const t = s.clock.now;
  let next = Infinity;
  for (const o of attentionObjects(s.vsan.objects)) {
    // Indexed: this runs over every object needing attention at every deadline.
    for (let i = 0; i < o.components.length; i += 1) {
      const c = o.components[i];
      if (c === undefined || c.state !== 'ABSENT') continue;
      const at = expiryOf(s, c.staleSinceSeconds ?? t);
      // A component with a replacement under way waits for nothing (checked last: it is rarely needed).
      if (at > t && at < next && !o.components.some((r) => r.replacesUuid === c.uuid)) next = at;
    }
  }
  return next;
}
