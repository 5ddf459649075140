import type { Volume } from '@harborview/contracts/volumes';
import { describe, expect, it } from 'vitest';

import { drive, EPOCH, walkthroughReady } from '../__fixtures__/drive';
import { createScenario } from '../scenario';
import type { TwinState } from '../state';

import type { VolumeQuery } from './volumes';
import { volumesView, volumeViewOf } from './volumes';

// The volume list reads sorted orders kept per volumes array (volume-index.ts) instead of viewing and sorting every
// volume per call. These tests hold it to the plain reading of the list: build every volume's view, filter on its
// columns, sort by the column then the full name, page (vdvs.md §2 `docker volume ls` names, §3 admin `volume ls`
// columns; vsan-ha.md §2 object health states).

/** The list as it reads without an index: every volume viewed, filtered, sorted and paged. */
function plainList(s: TwinState, query: VolumeQuery): { names: string[]; total: number } {
  const text = query.filter?.toLowerCase();
  const views = s.volumes
    .map((record) => volumeViewOf(s, record))
    .filter((v): v is Volume => v !== undefined)
    .filter(
      (v) =>
        (text === undefined || v.fullName.toLowerCase().includes(text)) &&
        (query.policy === undefined || v.policy === query.policy) &&
        (query.status === undefined || v.status === query.status) &&
        (query.health === undefined || v.object.health === query.health),
    );
  const column = (v: Volume): string | number => {
    switch (query.sort ?? 'name') {
      case 'capacity':
        return v.capacityBytes;
      case 'policy':
        return v.policy;
      case 'status':
        return v.status;
      case 'health':
        return v.object.health;
      case 'created':
        return v.createdAt;
      case 'name':
        return v.fullName;
    }
  };
  const sign = query.order === 'desc' ? -1 : 1;
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  views.sort((a, b) => sign * (cmp(column(a), column(b)) || cmp(a.fullName, b.fullName)));
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 100;
  return {
    names: views.slice((page - 1) * pageSize, page * pageSize).map((v) => v.fullName),
    total: views.length,
  };
}

/**
 * 300 generated volumes (mixed policies and sizes, created at t=0 so `created` ties go by name) plus the
 * walkthrough's three attached to the Docker VM, and a powered-off host so some objects are not healthy.
 */
function mixedState(): TwinState {
  const ready = walkthroughReady(
    createScenario({ scenario: 'walkthrough', seed: 7, hosts: 4, volumes: 300, startEpochMs: EPOCH }),
  );
  return drive(ready, { type: 'powerHost', hostId: 'host-2', state: 'off' }, { type: 'advance', seconds: 20 }).state;
}

const QUERIES: VolumeQuery[] = [
  {},
  { page: 2, pageSize: 50 },
  { order: 'desc', page: 3, pageSize: 40 },
  { sort: 'capacity', page: 2, pageSize: 30 },
  { sort: 'capacity', order: 'desc', pageSize: 25 },
  { sort: 'policy', page: 4, pageSize: 20 },
  { sort: 'policy', order: 'desc', page: 2, pageSize: 35 },
  { sort: 'status', pageSize: 10 },
  { sort: 'status', order: 'desc', pageSize: 10 },
  { sort: 'created', page: 2, pageSize: 60 },
  { sort: 'created', order: 'desc', pageSize: 60 },
  { sort: 'health', pageSize: 50 },
  { sort: 'health', order: 'desc', page: 2, pageSize: 50 },
  { filter: 'VOL-001', sort: 'capacity', order: 'desc' },
  { filter: 'vsanvol' },
  { filter: 'no such volume' },
  { policy: 'gen-sw2', sort: 'created', page: 2, pageSize: 15 },
  { policy: '[VSAN default]', order: 'desc', pageSize: 500 },
  { status: 'attached', sort: 'capacity' },
  { status: 'detached', sort: 'health', order: 'desc', page: 5, pageSize: 30 },
  { health: 'healthy', sort: 'policy', page: 3, pageSize: 25 },
  { health: 'reducedavailabilitywithnorebuilddelaytimer', order: 'desc', pageSize: 500 },
  { filter: 'vol-002', policy: 'gen-ftt0', status: 'detached', sort: 'capacity' },
  { page: 99, pageSize: 100 },
];

describe('volumesView against the plain list', () => {
  const state = mixedState();

  it('when the scenario is built, then it has attached volumes, several policies and more than one health', () => {
    const all = volumesView(state, { pageSize: 500 }).items.concat(
      volumesView(state, { page: 2, pageSize: 500 }).items,
    );

    expect(new Set(all.map((v) => v.status))).toStrictEqual(new Set(['attached', 'detached']));
    expect(new Set(all.map((v) => v.policy)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((v) => v.object.health)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(QUERIES)('when listed with %j, then the page and total are those of the plain list', (query) => {
    const page = volumesView(state, query);

    expect({ names: page.items.map((v) => v.fullName), total: page.total }).toStrictEqual(plainList(state, query));
  });

  it('when a volume is created after a list was read, then the next list of the new state includes it', () => {
    const before = volumesView(state, { filter: 'zz-new' });

    const after = drive(state, { type: 'createVolume', name: 'zz-new', opts: { size: '1gb' } }).state;

    expect(before.total).toBe(0);
    expect(volumesView(after, { filter: 'zz-new' }).items.map((v) => v.fullName)).toStrictEqual([
      'zz-new@vsanDatastore',
    ]);
    expect(volumesView(after, { order: 'desc', pageSize: 1 }).items.map((v) => v.fullName)).toStrictEqual([
      'zz-new@vsanDatastore',
    ]);
  });
});
