import type { DrillReport } from '@harborview/contracts/drills';
import { describe, expect, it } from 'vitest';

import { renderDrillReport } from './report-md';

const FAULT = { type: 'host-power-off' as const, hostId: 'host-1' };

function report(): DrillReport {
  return {
    drill: {
      id: 'drill-1',
      fault: FAULT,
      description: 'Power off host 10.162.102.130',
      status: 'completed',
      failure: null,
      startedAt: '2017-03-01T09:00:00.000Z',
      endedAt: '2017-03-01T09:05:00.000Z',
      initiator: 'VSPHERE.LOCAL\\Administrator',
      preflight: {
        fault: FAULT,
        description: 'Power off host 10.162.102.130',
        hostName: '10.162.102.130',
        haEnabled: true,
        hostIsHaPrimary: false,
        expectedDetectionSeconds: 15,
        harborVm: {
          vmId: 'vm-1',
          name: 'photon-harbor',
          affected: true,
          restartHostId: 'host-2',
          restartHostName: '10.162.102.131',
          reason: 'vSphere HA restarts it on 10.162.102.131 18 s after the fault',
        },
        objects: [],
        services: [],
        goesDown: [],
        requiresConfirmation: false,
        repairOutlook: 'no spare fault domain: components stay Absent',
      },
      timeline: [
        {
          seq: 0,
          lane: 'ha',
          time: '2017-03-01T09:00:15.000Z',
          tSeconds: 15,
          severity: 'error',
          typeId: 'com.vmware.vc.HA.DasHostFailedEvent',
          message: 'vSphere HA detected a possible host failure | of host 10.162.102.130',
          objects: [],
        },
      ],
      rto: {
        faultAt: '2017-03-01T09:00:00.000Z',
        hostDeclaredDeadSeconds: 15,
        vmPoweredOnSeconds: 18,
        harborHealthySeconds: 42,
        resyncedSeconds: null,
      },
      integrity: {
        baseline: { recordedAt: '2017-03-01T09:00:00.000Z', images: 2, blobs: 6 },
        verdict: 'intact',
        checkedAt: '2017-03-01T09:00:45.000Z',
        summary: '2 images, 6 blobs verified, nothing lost',
        images: [],
        affectedVolumes: [],
      },
      samples: [],
      repairTimer: { endsAt: null, secondsLeft: null, outcome: 'nothing waits on the repair timer' },
      resync: { bytesLeft: 0, bytesTotal: 0, progress: 1 },
      vmHostBefore: 'host-1',
      vmHostNow: 'host-2',
    },
    volumes: [
      {
        name: 'vsanvol3@vsanDatastore',
        policy: 'SW=2',
        policyContent: '(("stripeWidth" i2))',
        placement: [{ type: 'Witness', hostId: 'host-1', hostName: '10.162.102.130', state: 'ACTIVE' }],
      },
    ],
  };
}

describe('renderDrillReport', () => {
  it('when a drill completed, then the Markdown has the figures per layer, the verdict, each volume and a timeline with pipes escaped', () => {
    const md = renderDrillReport(report());

    expect(md).toContain('# Failover drill drill-1: Power off host 10.162.102.130');
    expect(md).toContain('| HA | vSphere HA declared the host dead | 15 s |');
    expect(md).toContain('| vSAN | every component Active again (after recover) | not reached |');
    expect(md).toContain('**Verdict: intact**: 2 images, 6 blobs verified, nothing lost');
    expect(md).toContain('### vsanvol3@vsanDatastore\n\nPolicy SW=2: `(("stripeWidth" i2))`');
    expect(md).toContain('| Witness | 10.162.102.130 | ACTIVE |');
    expect(md).toContain('possible host failure \\| of host');
  });
});
