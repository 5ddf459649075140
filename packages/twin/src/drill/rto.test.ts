import type { DrillTimelineEntry } from '@harborview/contracts/drills';
import { describe, expect, it } from 'vitest';

import { DRILL_ENTRY } from './drill-entries';
import { rtoFromTimeline } from './rto';

function entry(tSeconds: number, typeId: string, ids: string[] = []): DrillTimelineEntry {
  return {
    seq: 0,
    lane: 'ha',
    time: '2017-03-01T09:00:00.000Z',
    tSeconds,
    severity: 'info',
    typeId,
    message: typeId,
    objects: ids.map((id) => ({ type: 'HostSystem' as const, id, name: id })),
  };
}

const SUBJECT = { faultAt: '2017-03-01T09:00:00.000Z', hostId: 'host-1', vmId: 'vm-1' };

describe('rtoFromTimeline', () => {
  it('when a secondary fails, then dead at 15 s and the VM on 3 s later (vsan-ha.md §3 Timelines), Harbor and resync from the drill entries', () => {
    const timeline = [
      entry(-2, 'com.vmware.vc.HA.DasHostFailedEvent', ['host-1']),
      entry(15, 'com.vmware.vc.HA.DasHostFailedEvent', ['host-2']),
      entry(15, 'com.vmware.vc.HA.DasHostFailedEvent', ['host-1']),
      entry(18, 'com.vmware.vc.ha.VmRestartedByHAEvent', ['vm-1']),
      entry(42, DRILL_ENTRY.harborHealthy),
      entry(240, DRILL_ENTRY.resynced),
    ];

    expect(rtoFromTimeline(timeline, SUBJECT)).toStrictEqual({
      faultAt: SUBJECT.faultAt,
      hostDeclaredDeadSeconds: 15,
      vmPoweredOnSeconds: 18,
      harborHealthySeconds: 42,
      resyncedSeconds: 240,
    });
  });

  it('when nothing has happened yet, then every figure is null', () => {
    expect(rtoFromTimeline([], { ...SUBJECT, faultAt: null })).toStrictEqual({
      faultAt: null,
      hostDeclaredDeadSeconds: null,
      vmPoweredOnSeconds: null,
      harborHealthySeconds: null,
      resyncedSeconds: null,
    });
  });
});
