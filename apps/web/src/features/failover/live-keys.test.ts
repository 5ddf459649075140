import { describe, expect, it } from 'vitest';

import { staleKeysFor, STREAM_KINDS } from '../../shared/lib/live-slice';

import { drillKeys } from './api';
import { failoverLive } from './live';

describe('drill queries and the live stream', () => {
  it('when the clock, any layer a drill watches or the drill itself changes, then the open drill and the topology go stale', () => {
    const kinds = STREAM_KINDS.filter((kind) =>
      staleKeysFor([failoverLive], [kind]).some((k) => JSON.stringify(k) === JSON.stringify(drillKeys.live())),
    );

    expect([...kinds].sort()).toStrictEqual(['clock', 'cluster', 'drills', 'harbor', 'hosts', 'vms', 'volumes']);
  });

  it('when the stream marks drills stale, then a replay (recorded once, never changing) is not among them', () => {
    const live = drillKeys.live();

    expect(drillKeys.detail('drill-1').slice(0, live.length)).toStrictEqual([...live]);
    expect(drillKeys.topology(null).slice(0, live.length)).toStrictEqual([...live]);
    expect(drillKeys.preflight(null).slice(0, live.length)).toStrictEqual([...live]);
    expect(drillKeys.replay('drill-1').slice(0, live.length)).not.toStrictEqual([...live]);
  });
});
