import { VolumeListQuerySchema } from '@harborview/contracts/volumes';
import { createScenario, step } from '@harborview/twin/engine';
import { describe, expect, it } from 'vitest';

import { readVolumes } from './twin-reads';

function getTestContext() {
  const state = createScenario({ scenario: 'walkthrough', seed: 1, hosts: 3, volumes: 3, startEpochMs: 0 });
  const query = VolumeListQuerySchema.parse({});
  return { state, query };
}

const names = (list: ReturnType<typeof readVolumes>): string[] => list.items.map((v) => v.fullName);

describe('readVolumes', () => {
  it('when the same state is read with the same query, then the page is built once and shared', () => {
    const { state, query } = getTestContext();

    const first = readVolumes(state, query);
    const second = readVolumes(state, { ...query });

    expect(second).toBe(first);
    expect(names(first)).toStrictEqual([
      'vol-00001@vsanDatastore',
      'vol-00002@vsanDatastore',
      'vol-00003@vsanDatastore',
    ]);
  });

  it('when the twin moves to a new state, then the page is read from the new state', () => {
    const { state, query } = getTestContext();
    const before = readVolumes(state, query);

    const next = step(state, { type: 'removeVolume', name: 'vol-00002' }, { initiator: 'test' }).state;
    const after = readVolumes(next, query);

    expect(names(before)).toHaveLength(3);
    expect(names(after)).toStrictEqual(['vol-00001@vsanDatastore', 'vol-00003@vsanDatastore']);
    expect(after.total).toBe(2);
  });

  it('when the query differs, then each query gets its own page', () => {
    const { state, query } = getTestContext();

    const ascending = readVolumes(state, query);
    const descending = readVolumes(state, { ...query, order: 'desc' });

    expect(names(descending)).toStrictEqual([...names(ascending)].reverse());
  });
});
