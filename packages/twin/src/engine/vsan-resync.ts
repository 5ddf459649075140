/**
 * Resync over time (vsan-ha.md §2): ABSENT_RESYNC components copy the delta, RECONFIG replacements the whole
 * component, at `RESYNC_BYTES_PER_SECOND` per object; `bytesToSync` counts down to ACTIVE. Also where writes land:
 * bytes written while a host is away become that host's delta.
 */
import { hasIntactData } from '../vsan/quorum';
import { advanceResync, isResyncing } from '../vsan/resync-progress';
import type { VsanObject } from '../vsan/types';
import { bytes, seconds } from '../vsan/units';

import { RESYNC_BYTES_PER_SECOND } from './constants';
import { putObjects } from './objects';
import { clusterEntity } from './refs';
import type { AwayWrite, TwinState } from './state';
import { attentionObjects } from './vsan-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

const resyncing = (o: VsanObject): boolean => o.components.some(isResyncing);

/** Moves every resyncing object forward by `elapsed` seconds; one event for the objects that finished. */
export function progressResync(w: Work, elapsed: number): void {
  const moving = attentionObjects(w.s.vsan.objects).filter(resyncing);
  if (moving.length === 0) return;
  const after = moving.map((o) => advanceResync(o, seconds(elapsed), RESYNC_BYTES_PER_SECOND));
  putObjects(w, after);
  const finished = after.filter((o) => !resyncing(o));
  if (finished.length === 0) return;
  emit(w, {
    time: nowOf(w),
    severity: 'info',
    typeId: 'com.harborview.vsan.ResyncCompleted',
    message: `vSAN finished resyncing ${finished.length} objects: ${finished
      .slice(0, 5)
      .map((o) => o.name)
      .join(', ')}${finished.length > 5 ? ', …' : ''}`,
    objects: [clusterEntity(w.s)],
  });
}

/**
 * When the next resyncing component of any object finishes, after now (whole seconds, at least 1 s on): water
 * filling gives each of an object's k components an equal share, so its smallest need ends after k × need / rate.
 */
export function nextResyncCompletion(s: TwinState): number {
  let next = Infinity;
  for (const o of attentionObjects(s.vsan.objects)) {
    // Indexed loops, not filter/map: this runs over every object needing attention at every deadline.
    let resyncingCount = 0;
    let positive = 0;
    let smallest = Infinity;
    for (let i = 0; i < o.components.length; i += 1) {
      const c = o.components[i];
      if (c === undefined || !isResyncing(c)) continue;
      resyncingCount += 1;
      if (c.bytesToSync > 0) {
        positive += 1;
        if (c.bytesToSync < smallest) smallest = c.bytesToSync;
      }
    }
    if (resyncingCount === 0 || !hasIntactData(o)) continue;
    const first = positive === 0 ? 0 : (positive * smallest) / RESYNC_BYTES_PER_SECOND;
    const at = s.clock.now + Math.max(1, Math.ceil(first));
    if (at < next) next = at;
  }
  return next;
}

/** Data written to an object: it grows (thin, up to its size) and every host holding ABSENT components owes a delta. */
export function writeToObject(w: Work, o: VsanObject, amount: number): void {
  const written = Math.min(o.sizeBytes, o.writtenBytes + amount);
  putObjects(w, [{ ...o, writtenBytes: bytes(written) }]);
  const awayHosts = [...new Set(o.components.filter((c) => c.state === 'ABSENT').map((c) => c.hostId))];
  if (awayHosts.length === 0) return;
  const rest: AwayWrite[] = w.s.vsan.awayWrites.filter((a) => a.objectUuid !== o.uuid || !awayHosts.includes(a.hostId));
  const owed = awayHosts.map((hostId) => ({
    objectUuid: o.uuid,
    hostId,
    bytes: Math.min(
      o.sizeBytes,
      amount + (w.s.vsan.awayWrites.find((a) => a.objectUuid === o.uuid && a.hostId === hostId)?.bytes ?? 0),
    ),
  }));
  w.s = { ...w.s, vsan: { ...w.s.vsan, awayWrites: [...rest, ...owed] } };
}
