import { describe, expect, it } from 'vitest';

import { drillFixture } from '../../test/drill-fixtures';

import { drillIsFollowing } from './api';

describe('which drills the Failover page keeps polling', () => {
  it('when a drill has failed but still waits for recover and resync, then it is still followed', () => {
    const failed = drillFixture({ status: 'failed', endedAt: '2017-03-01T09:05:00.000Z', active: true });

    expect(drillIsFollowing(failed)).toBe(true);
  });

  it('when a drill has completed, then it is no longer followed', () => {
    const completed = drillFixture({ status: 'completed', endedAt: '2017-03-01T09:40:00.000Z', active: false });

    expect(drillIsFollowing(completed)).toBe(false);
  });

  it('when the BFF does not say whether it is active, then an open drill (no endedAt) is followed', () => {
    const running = drillFixture({ status: 'running', endedAt: null, active: undefined });

    expect(drillIsFollowing(running)).toBe(true);
  });
});
