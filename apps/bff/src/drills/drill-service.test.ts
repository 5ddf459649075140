import { afterEach, describe, expect, it } from 'vitest';

import { bootTestTwin, closeTestTwin, closeTestTwins, testDataDir } from '../test/test-twin';

import { DRILL_CALLER, HARBOR_HOST_DRILL } from './drill-test-kit';

// The drill service over a twin in a DATA_DIR that outlives it: a restarted BFF resumes watching the drill from
// the command log, and a replay (a fresh engine from the recorded start state) gives the same output every time.
afterEach(closeTestTwins);

describe('the drill service across a restart', () => {
  it('when the BFF restarts mid-drill, then the drill is still running with the same timeline and goes on to fail on time', async () => {
    // Arrange
    const dataDir = testDataDir('harborview-drill-');
    const first = await bootTestTwin(dataDir);
    await first.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);
    await first.backend.advanceClock(20);
    const before = await first.drills.get('drill-1');
    await closeTestTwin(first);

    // Act
    const second = await bootTestTwin(dataDir);
    const resumed = await second.drills.get('drill-1');
    await second.backend.advanceClock(300);
    await second.drills.settled();
    const failed = await second.drills.get('drill-1');

    // Assert
    expect(resumed.status).toBe('running');
    expect(resumed.timeline).toStrictEqual(before.timeline);
    expect(failed.status).toBe('failed');
    expect(failed.failure).toContain('photon-harbor is powered off and vSphere HA is off');
  });

  it('when the twin is reset during a drill, then the drill fails saying so and the next drill may start', async () => {
    // Arrange
    const dataDir = testDataDir('harborview-drill-');
    const twin = await bootTestTwin(dataDir);
    await twin.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);

    // Act
    await twin.backend.reset({ scenario: 'walkthrough', seed: 1, hosts: 3, volumes: 0 });
    const next = await twin.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);

    // Assert
    const first = await twin.drills.get('drill-1');
    expect([first.status, first.failure, first.active]).toStrictEqual([
      'failed',
      'the twin was reset during the drill',
      false,
    ]);
    expect([next.id, next.status]).toStrictEqual(['drill-2', 'running']);
    expect((await twin.drills.replay('drill-1')).eventsHash).toBe(
      (await twin.drills.replay('drill-1')).recordedEventsHash,
    );
  });

  it('when a drill is replayed twice, across a restart, then the output is identical and its events hash matches the recorded one', async () => {
    // Arrange
    const dataDir = testDataDir('harborview-drill-');
    const first = await bootTestTwin(dataDir);
    await first.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);
    for (let i = 0; i < 10; i += 1) await first.backend.advanceClock(7);

    // Act
    const once = await first.drills.replay('drill-1');
    await closeTestTwin(first);
    const twice = await (await bootTestTwin(dataDir)).drills.replay('drill-1');

    // Assert
    expect(once.eventsHash).toBe(once.recordedEventsHash);
    expect(twice).toStrictEqual(once);
    expect(once.frames.map((f) => f.hosts[0]?.powerState)).toContain('poweredOff');
  });
});
