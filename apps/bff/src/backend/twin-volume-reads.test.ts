import { VolumeListQuerySchema, VolumeSchema } from '@harborview/contracts/volumes';
import type { TwinState } from '@harborview/twin/engine';
import { createScenario } from '@harborview/twin/engine';
import { volumeViewOf } from '@harborview/twin/queries';
import { describe, expect, it } from 'vitest';

import { runCommands } from '../test/test-twin';

import { readVolume, readVolumes } from './twin-volume-reads';

/** 40 generated volumes (mixed policies), one attached to the Docker VM, and a host down so objects degrade. */
function mixedState(): TwinState {
  const start = createScenario({ scenario: 'walkthrough', seed: 3, hosts: 4, volumes: 40, startEpochMs: 0 });
  return runCommands(
    start,
    { type: 'createVolume', name: 'db', opts: { size: '2gb', diskformat: 'zeroedthick' } },
    { type: 'attachVolume', volume: 'db', vmId: start.harbor.vmId },
    { type: 'powerHost', hostId: 'host-3', state: 'off' },
    { type: 'advance', seconds: 20 },
  );
}

describe('volume views', () => {
  it('when every volume of a mixed twin is viewed, then each serializes to the same bytes as its schema parse', () => {
    const state = mixedState();

    const views = state.volumes.flatMap((record) => volumeViewOf(state, record) ?? []);

    expect(new Set(views.map((v) => v.status))).toStrictEqual(new Set(['attached', 'detached']));
    expect(new Set(views.map((v) => v.object.health)).size).toBeGreaterThanOrEqual(2);
    // Same bytes: no field the contract lacks, none missing, and the contract's order (what the API serves).
    for (const view of views) expect(JSON.stringify(view)).toBe(JSON.stringify(VolumeSchema.parse(view)));
  });
});

describe('readVolumes and readVolume', () => {
  const query = VolumeListQuerySchema.parse({ sort: 'capacity', order: 'desc', pageSize: '10' });

  it('when the same state is read twice, then the page and the volume are built once and shared', () => {
    const state = mixedState();

    expect(readVolumes(state, { ...query })).toBe(readVolumes(state, query));
    expect(readVolume(state, 'db')).toBe(readVolume(state, 'db'));
  });

  it('when a volume is created, then the next state lists it and finds it, and the old state still does not', () => {
    const state = mixedState();
    const before = readVolumes(state, query);
    const missing = readVolume(state, 'zz-big');

    const next = runCommands(state, { type: 'createVolume', name: 'zz-big', opts: { size: '500gb' } });

    expect(missing).toBeUndefined();
    expect(readVolumes(next, query).items[0]?.fullName).toBe('zz-big@vsanDatastore');
    expect(readVolumes(next, query).total).toBe(before.total + 1);
    expect(readVolume(next, 'zz-big')?.capacityBytes).toBe(500 * 1024 ** 3);
    expect(readVolumes(state, query)).toBe(before);
  });

  it('when the clock moves and the page reads the same, then the earlier page object is kept (same bytes, ETag)', () => {
    const state = mixedState();
    const before = readVolumes(state, query);
    const volume = readVolume(state, 'vol-00001');

    const next = runCommands(state, { type: 'advance', seconds: 1 });

    expect(next).not.toBe(state);
    expect(readVolumes(next, query)).toBe(before);
    expect(readVolume(next, 'vol-00001')).toBe(volume);
  });
});
