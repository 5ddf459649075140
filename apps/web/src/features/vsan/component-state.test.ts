import { describe, expect, it } from 'vitest';

import { walkthroughHosts } from '../../test/fixtures';
import { componentFixture } from '../../test/vsan-fixtures';

import { componentStateView, resyncPercent } from './component-state';

const host = walkthroughHosts()[0]!;

describe('componentStateView', () => {
  it.each([
    ['ACTIVE', 'Active', 'ok'],
    ['ABSENT', 'Absent', 'error'],
    ['DEGRADED', 'Degraded', 'error'],
    ['ACTIVE_STALE', 'Active-Stale', 'warn'],
  ] as const)('when the state is %s, then the badge reads %s', (state, label, tone) => {
    const view = componentStateView(componentFixture(host, { uuid: 'c', state }));

    expect(view).toStrictEqual({ label, tone, resyncPercent: null, text: label });
  });

  it('when an absent component has bytes left to sync, then it shows how much is done', () => {
    const component = componentFixture(host, { uuid: 'c', state: 'ABSENT_RESYNC', sizeBytes: 1000, bytesToSync: 250 });

    expect(componentStateView(component)).toStrictEqual({
      label: 'Absent (resyncing)',
      tone: 'warn',
      resyncPercent: 75,
      text: 'Absent (resyncing) 75%',
    });
  });

  it('when a stale component catches up, then the badge says it is resyncing', () => {
    const component = componentFixture(host, { uuid: 'c', state: 'ACTIVE_STALE', sizeBytes: 100, bytesToSync: 60 });

    expect(componentStateView(component).text).toBe('Active-Stale · resyncing 40%');
  });
});

describe('resyncPercent', () => {
  it.each([
    [{ sizeBytes: 1000, bytesToSync: 0 }, null],
    [{ sizeBytes: 1000, bytesToSync: 1000 }, 0],
    [{ sizeBytes: 1000, bytesToSync: 1 }, 99],
    [{ sizeBytes: 0, bytesToSync: 5 }, 0],
  ])('when %o, then %s% is done', (component, percent) => {
    expect(resyncPercent(component)).toBe(percent);
  });
});
