/**
 * What host and device faults do to vSAN objects (vsan-ha.md §2 Absent vs Degraded): a host going down or being
 * isolated makes its components ABSENT and pauses I/O for 5–7 s; a failed device makes its components DEGRADED;
 * a returning host resyncs only what was written meanwhile (§2 Repair delay timer).
 */
import { nextRandom } from '../rng';
import { sinceStart, twinTime } from '../tasks/time';
import { diskFailed, hostBack, hostDown } from '../vsan/failures';
import { isAccessible } from '../vsan/quorum';
import type { VsanObject } from '../vsan/types';
import { bytes } from '../vsan/units';

import { IO_STUN_MAX, IO_STUN_MIN } from './constants';
import { objectsOnHost } from './host-index';
import { putObjects } from './objects';
import { clusterEntity, hostEntity } from './refs';
import { OBJECTS } from './vsan-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

function objectsOf(w: Work, uuids: readonly string[]): VsanObject[] {
  return uuids.flatMap((u) => {
    const o = OBJECTS.find(w.s.vsan.objects, u);
    return o === undefined ? [] : [o];
  });
}

const absentOn = (o: VsanObject, hostId: string): number =>
  o.components.filter((c) => c.hostId === hostId && c.state === 'ABSENT').length;

/** The host went down or off the vSAN network: its components go ABSENT and vSAN stuns I/O 5–7 s (seeded). */
export function hostComponentsLost(w: Work, hostId: string, cause: string): void {
  const t = nowOf(w);
  const before = objectsOf(w, objectsOnHost(w.s.vsan.objects, hostId));
  const after = before.map((o) => hostDown(o, hostId, sinceStart(t)));
  const lost = after.reduce((n, o, i) => n + absentOn(o, hostId) - absentOn(before[i] ?? o, hostId), 0);
  // `before` is only judged for the few objects that are inaccessible now.
  const newlyInaccessible = after.filter((o, i) => !isAccessible(o) && isAccessible(before[i] ?? o));
  putObjects(w, after);
  const [r, rng] = nextRandom(w.s.rng);
  const stun = IO_STUN_MIN + r * (IO_STUN_MAX - IO_STUN_MIN);
  w.s = {
    ...w.s,
    rng,
    vsan: {
      ...w.s.vsan,
      stuns: [...w.s.vsan.stuns.filter((st) => st.until > t), { hostId, until: twinTime(t + stun) }],
    },
  };
  if (lost === 0) return;
  const host = hostEntity(w.s, hostId);
  emit(w, {
    time: t,
    severity: 'warning',
    typeId: 'com.harborview.vsan.ComponentsAbsent',
    message: `vSAN: ${lost} components of ${after.length} objects on host ${host.name} are Absent (${cause}); I/O paused ${stun.toFixed(1)} s; repair delay timer ${w.s.topology.cluster.repairDelaySeconds} s`,
    objects: [host, clusterEntity(w.s)],
  });
  if (newlyInaccessible.length > 0) {
    emit(w, {
      time: t,
      severity: 'error',
      typeId: 'com.harborview.vsan.ObjectsInaccessible',
      message: `vSAN: ${newlyInaccessible.length} objects are inaccessible: ${newlyInaccessible
        .slice(0, 5)
        .map((o) => o.name)
        .join(', ')}${newlyInaccessible.length > 5 ? ', …' : ''}`,
      objects: [clusterEntity(w.s)],
    });
  }
}

/** The host is back on the vSAN network: each ABSENT component resyncs the bytes written while it was away. */
export function hostComponentsBack(w: Work, hostId: string): void {
  const t = nowOf(w);
  const away = objectsOf(w, objectsOnHost(w.s.vsan.objects, hostId)).filter((o) => absentOn(o, hostId) > 0);
  if (away.length === 0) return;
  const owed = (o: VsanObject): number =>
    w.s.vsan.awayWrites.find((a) => a.objectUuid === o.uuid && a.hostId === hostId)?.bytes ?? 0;
  const back = away.map((o) => hostBack(o, hostId, bytes(owed(o))));
  const toSync = back.reduce(
    (n, o) => n + o.components.reduce((m, c) => m + (c.hostId === hostId ? c.bytesToSync : 0), 0),
    0,
  );
  putObjects(w, back);
  w.s = {
    ...w.s,
    vsan: { ...w.s.vsan, awayWrites: w.s.vsan.awayWrites.filter((a) => a.hostId !== hostId) },
  };
  const host = hostEntity(w.s, hostId);
  emit(w, {
    time: t,
    severity: 'info',
    typeId: 'com.harborview.vsan.ComponentsReturned',
    message: `vSAN: components of ${back.length} objects on host ${host.name} are back; ${toSync} bytes to resync`,
    objects: [host, clusterEntity(w.s)],
  });
}

/** A cache or capacity device failed: its components go DEGRADED (rebuilt at once where a spare fault domain exists). */
export function diskComponentsLost(w: Work, hostId: string, diskId: string): void {
  const t = nowOf(w);
  const onDisk = objectsOf(w, objectsOnHost(w.s.vsan.objects, hostId)).filter((o) =>
    o.components.some((c) => c.capacityDisk.diskId === diskId || c.cacheDisk.diskId === diskId),
  );
  const after = onDisk.map((o) => diskFailed(o, diskId, sinceStart(t)));
  putObjects(w, after);
  if (after.length === 0) return;
  const lostData = after.filter((o) => o.dataLost).length;
  emit(w, {
    time: t,
    severity: lostData > 0 ? 'error' : 'warning',
    typeId: 'com.harborview.vsan.ComponentsDegraded',
    message: `vSAN: components of ${after.length} objects on disk ${diskId} are Degraded${lostData > 0 ? `; ${lostData} objects lost their only copy` : ''}`,
    objects: [hostEntity(w.s, hostId), clusterEntity(w.s)],
  });
}
