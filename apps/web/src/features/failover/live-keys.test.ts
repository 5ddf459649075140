import { describe, expect, it } from 'vitest';

import { STALE_KEYS } from '../../app/live-updates';

import { drillKeys } from './api';

describe('drill queries and the live stream', () => {
  it('when the clock or any layer a drill watches changes, then the open drill and the topology go stale', () => {
    const kinds = Object.entries(STALE_KEYS)
      .filter(([, keys]) => keys.some((k) => JSON.stringify(k) === JSON.stringify(drillKeys.live())))
      .map(([kind]) => kind);

    expect(kinds.sort()).toStrictEqual(['clock', 'cluster', 'harbor', 'hosts', 'vms', 'volumes']);
  });

  it('when the stream marks drills stale, then a replay (recorded once, never changing) is not among them', () => {
    const live = drillKeys.live();

    expect(drillKeys.detail('drill-1').slice(0, live.length)).toStrictEqual([...live]);
    expect(drillKeys.topology(null).slice(0, live.length)).toStrictEqual([...live]);
    expect(drillKeys.replay('drill-1').slice(0, live.length)).not.toStrictEqual([...live]);
  });
});
