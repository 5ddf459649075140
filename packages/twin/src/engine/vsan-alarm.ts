/**
 * The cluster's vSAN object health alarm (the Skyline "vSAN object health" check, vsphere-client-ui.md §4 Virtual
 * Objects): red while any object is inaccessible, yellow while any has reduced availability or is out of policy,
 * cleared when all are healthy (alarm colours: vsan-ha.md §3 Events and alarms).
 */
import type { AlarmStatus } from '../tasks/alarms';
import { clearAlarm, triggerAlarm } from '../tasks/alarms';
import { sinceStart } from '../tasks/time';
import { objectHealth } from '../vsan/health';
import { isAccessible } from '../vsan/quorum';

import { VSAN_OBJECT_HEALTH_ALARM } from './constants';
import { clusterEntity } from './refs';
import type { TwinState } from './state';
import { attentionObjects } from './vsan-view';
import type { Work } from './work';
import { emit, nowOf } from './work';

/** The alarm colour the objects call for now. */
export function vsanObjectHealthStatus(s: TwinState): AlarmStatus {
  let status: AlarmStatus = 'green';
  for (const o of attentionObjects(s.vsan.objects)) {
    // Once yellow, only an inaccessible object changes the answer: the other health states are all yellow.
    if (status === 'yellow') {
      if (!isAccessible(o)) return 'red';
      continue;
    }
    // No spare fault domain assumed: it only decides "no rebuild" vs "active rebuild", both yellow.
    const health = objectHealth(o, {
      nowSeconds: sinceStart(s.clock.now),
      repairDelaySeconds: s.topology.cluster.repairDelaySeconds,
      spareFaultDomain: false,
    });
    if (health === 'inaccessible') return 'red';
    if (health !== 'healthy' && health !== 'datamove') status = 'yellow';
  }
  return status;
}

/** Raises, re-colours or clears the alarm to match the objects. */
export function updateVsanAlarm(w: Work): void {
  const status = vsanObjectHealthStatus(w.s);
  const input = { name: VSAN_OBJECT_HEALTH_ALARM, entity: clusterEntity(w.s) };
  const r =
    status === 'green'
      ? clearAlarm(w.s.alarms, nowOf(w), input)
      : triggerAlarm(w.s.alarms, nowOf(w), { ...input, status });
  if (r.state === w.s.alarms) return;
  w.s = { ...w.s, alarms: r.state };
  emit(w, ...r.events);
}
