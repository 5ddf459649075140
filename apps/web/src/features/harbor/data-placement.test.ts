import { describe, expect, it } from 'vitest';

import { harborFixture } from '../../test/harbor-fixtures';
import { walkthroughState, withHostDown } from '../../test/walkthrough';

import { dataPlacement, mountedVolumes } from './data-placement';

const byName = (state = walkthroughState()) => new Map(state.volumes.map((v) => [v.name, v]));
const { services } = harborFixture();

describe('dataPlacement', () => {
  it('when jobservice mounts striped vsanvol3, then its data sits on two capacity disks of each replica host', () => {
    const jobs = dataPlacement(services, byName()).find((r) => r.volume === 'vsanvol3');

    expect(jobs?.placement?.hosts).toStrictEqual([
      {
        hostName: '10.162.102.130',
        disks: ['mpx.vmhba1:C0:T0:L0', 'mpx.vmhba1:C0:T1:L0', 'mpx.vmhba1:C0:T2:L0'],
        states: ['ACTIVE'],
      },
      {
        hostName: '10.162.102.131',
        disks: ['mpx.vmhba1:C0:T0:L0', 'mpx.vmhba1:C0:T1:L0', 'mpx.vmhba1:C0:T2:L0'],
        states: ['ACTIVE'],
      },
    ]);
  });

  it('when only bind mounts are used, then the service has no rows', () => {
    expect(dataPlacement(services, byName()).map((r) => r.service)).toStrictEqual(['registry', 'mysql', 'jobservice']);
  });

  it('when a host is down, then its replica shows Absent and no capacity disk', () => {
    const row = dataPlacement(services, byName(withHostDown(walkthroughState(), 'host-2'))).find(
      (r) => r.volume === 'vsanvol1',
    );

    expect(row?.placement?.hosts[1]).toStrictEqual({
      hostName: '10.162.102.131',
      disks: ['mpx.vmhba1:C0:T0:L0'],
      states: ['ABSENT'],
    });
    expect(row?.placement?.healthLabel).toBe('Reduced availability with no rebuild - delay timer');
  });

  it('when a volume has not loaded, then its placement is unknown', () => {
    expect(dataPlacement(services, new Map())[0]?.placement).toBeNull();
  });
});

describe('mountedVolumes', () => {
  it('when services mount volumes, then each is listed once, sorted', () => {
    expect(mountedVolumes(services)).toStrictEqual(['vsanvol1', 'vsanvol2', 'vsanvol3']);
  });
});
