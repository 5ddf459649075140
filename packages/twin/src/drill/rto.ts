import type { DrillRto, DrillTimelineEntry } from '@harborview/contracts/drills';

import { DRILL_ENTRY } from './drill-entries';

/** Which host failed and which VM the stopwatch follows. */
export interface RtoSubject {
  faultAt: string | null;
  hostId: string;
  vmId: string;
}

const HOST_DEAD = 'com.vmware.vc.HA.DasHostFailedEvent';
const VM_RESTARTED = 'com.vmware.vc.ha.VmRestartedByHAEvent';

function firstAfterFault(timeline: readonly DrillTimelineEntry[], typeId: string, objectId?: string): number | null {
  const hit = timeline.find(
    (e) =>
      e.typeId === typeId && e.tSeconds >= 0 && (objectId === undefined || e.objects.some((o) => o.id === objectId)),
  );
  return hit ? hit.tSeconds : null;
}

/**
 * The recovery stopwatch read off the timeline: HA declares the host dead (15 s for a secondary, 35 s for the
 * primary: vsan-ha.md §3 Timelines), HA's restart powers the VM on, Harbor is healthy, every component is Active.
 */
export function rtoFromTimeline(timeline: readonly DrillTimelineEntry[], subject: RtoSubject): DrillRto {
  if (subject.faultAt === null) {
    return {
      faultAt: null,
      hostDeclaredDeadSeconds: null,
      vmPoweredOnSeconds: null,
      harborHealthySeconds: null,
      resyncedSeconds: null,
    };
  }
  return {
    faultAt: subject.faultAt,
    hostDeclaredDeadSeconds: firstAfterFault(timeline, HOST_DEAD, subject.hostId),
    vmPoweredOnSeconds: firstAfterFault(timeline, VM_RESTARTED, subject.vmId),
    harborHealthySeconds: firstAfterFault(timeline, DRILL_ENTRY.harborHealthy),
    resyncedSeconds: firstAfterFault(timeline, DRILL_ENTRY.resynced),
  };
}
