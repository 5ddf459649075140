import { describe, expect, it } from 'vitest';

import { walkthroughState, withHostDown } from '../../test/walkthrough';

import { hostComponentRows } from './host-components';

const hostOf = (state: ReturnType<typeof walkthroughState>, id: string) => {
  const host = state.hosts.find((h) => h.id === id);
  if (!host) throw new Error(`no ${id}`);
  return host;
};

describe('hostComponentRows', () => {
  it('when every component is healthy, then the host shows one Active row with them all', () => {
    expect(hostComponentRows(hostOf(walkthroughState(), 'host-1').components)).toStrictEqual([
      { state: 'ACTIVE', count: 7 },
    ]);
  });

  it('when the host is powered off, then its components show as Absent and the others stay Active', () => {
    const down = withHostDown(walkthroughState(), 'host-2');

    expect(hostComponentRows(hostOf(down, 'host-2').components)).toStrictEqual([{ state: 'ABSENT', count: 7 }]);
    expect(hostComponentRows(hostOf(down, 'host-1').components)).toStrictEqual([{ state: 'ACTIVE', count: 7 }]);
  });

  it('when states are mixed, then rows follow the contract order and zero states are left out', () => {
    const byState = { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 };

    expect(
      hostComponentRows({ total: 5, byState: { ...byState, RECONFIG: 1, ACTIVE: 3, ABSENT_RESYNC: 1 } }),
    ).toStrictEqual([
      { state: 'ACTIVE', count: 3 },
      { state: 'ABSENT_RESYNC', count: 1 },
      { state: 'RECONFIG', count: 1 },
    ]);
  });

  it('when the host holds no components, then there are no rows', () => {
    expect(
      hostComponentRows({
        total: 0,
        byState: { ACTIVE: 0, ABSENT: 0, DEGRADED: 0, ACTIVE_STALE: 0, ABSENT_RESYNC: 0, RECONFIG: 0 },
      }),
    ).toStrictEqual([]);
  });
});
