import { describe, expect, it } from 'vitest';

import { ApiError } from '../../shared/lib/http';
import { harborFixture } from '../../test/harbor-fixtures';
import { walkthroughState, withHostDown } from '../../test/walkthrough';

import { dataPlacement, mountedVolumeLookup, mountedVolumes } from './data-placement';

const byName = (state = walkthroughState()) => ({
  volumes: new Map(state.volumes.map((v) => [v.name, v])),
  problems: new Map<string, string>(),
});
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
    const [row] = dataPlacement(services, { volumes: new Map(), problems: new Map() });

    expect(row?.placement).toBeNull();
    expect(row?.problem).toBeNull();
  });

  it('when a volume could not be loaded, then its row says why instead of waiting', () => {
    const problems = new Map([['vsanvol1', 'Volume vsanvol1 not found']]);

    const [row] = dataPlacement(services, { volumes: new Map(), problems });

    expect(row).toMatchObject({ volume: 'vsanvol1', placement: null, problem: 'Volume vsanvol1 not found' });
  });
});

describe('mountedVolumeLookup', () => {
  const [vsanvol1] = walkthroughState().volumes;

  it('when a mount names vsanvol1@vsanDatastore and the API answers vsanvol1, then the volume is found under the mount’s name', () => {
    const { volumes } = mountedVolumeLookup(['vsanvol1@vsanDatastore'], [{ data: vsanvol1, error: null }]);

    expect(volumes.get('vsanvol1@vsanDatastore')?.name).toBe('vsanvol1');
  });

  it('when the GET answered 404, then the volume is reported not found; another error is reported with its message', () => {
    const { problems } = mountedVolumeLookup(
      ['vsanvol9@vsanDatastore', 'vsanvol2'],
      [
        { data: undefined, error: new ApiError(404, 'not_found', "No volume with id 'vsanvol9@vsanDatastore'") },
        { data: undefined, error: new ApiError(503, 'internal', 'twin unavailable') },
      ],
    );

    expect(Object.fromEntries(problems)).toStrictEqual({
      'vsanvol9@vsanDatastore': 'Volume vsanvol9@vsanDatastore not found',
      vsanvol2: 'Volume vsanvol2 could not be loaded: twin unavailable',
    });
  });

  it('when a GET is still running, then the volume is neither found nor a problem', () => {
    expect(mountedVolumeLookup(['vsanvol1'], [{ data: undefined, error: null }])).toStrictEqual({
      volumes: new Map(),
      problems: new Map(),
    });
  });
});

describe('mountedVolumes', () => {
  it('when services mount volumes, then each is listed once, sorted', () => {
    expect(mountedVolumes(services)).toStrictEqual(['vsanvol1', 'vsanvol2', 'vsanvol3']);
  });
});
