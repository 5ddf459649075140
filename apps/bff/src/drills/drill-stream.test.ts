import type { StreamMessage } from '@harborview/contracts/stream';
import { afterEach, describe, expect, it } from 'vitest';

import { bootTestTwin, closeTestTwins, testDataDir } from '../test/test-twin';
import type { BootedTwin } from '../twin-runtime/bootstrap';

import { DRILL_CALLER, HARBOR_HOST_DRILL } from './drill-test-kit';

// A drill's verdicts are reached in wall time (the registry is asked after the twin moved), so no twin commit
// announces them: the drill service names `drills` on the stream itself, and the console refetches on that.
afterEach(closeTestTwins);

/** The kinds of every `changed` message the live hub publishes from now on, one list per message. */
function listenForChanges(twin: BootedTwin): { kinds: () => string[][]; clear: () => void } {
  let seen: string[][] = [];
  twin.stream.hub.subscribe((batch) => {
    for (const { frame } of batch) {
      const message = JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null') as StreamMessage;
      if (message.type === 'changed') seen.push(message.kinds);
    }
  });
  return {
    kinds: () => seen,
    clear: () => {
      seen = [];
    },
  };
}

describe('the stream names drill changes', () => {
  it('when a drill starts, then the stream names drills once it is running', async () => {
    const twin = await bootTestTwin(testDataDir('harborview-drill-stream-'));
    const changes = listenForChanges(twin);

    const drill = await twin.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);

    expect(drill.status).toBe('running');
    expect(changes.kinds().at(-1)).toStrictEqual(['drills']);
  });

  it('when the failover verdict arrives after the twin moved, then a drills change follows it', async () => {
    const twin = await bootTestTwin(testDataDir('harborview-drill-stream-'));
    await twin.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);
    const changes = listenForChanges(twin);

    await twin.backend.advanceClock(300);
    const beforeVerdict = changes.kinds().length;
    await twin.drills.settled();

    expect((await twin.drills.get('drill-1')).status).toBe('failed');
    expect(changes.kinds().slice(beforeVerdict)).toStrictEqual([['drills']]);
  });

  it('when the re-check after recover closes the drill, then a drills change follows it and is kept for resuming clients', async () => {
    const twin = await bootTestTwin(testDataDir('harborview-drill-stream-'));
    await twin.drills.create(HARBOR_HOST_DRILL, DRILL_CALLER);
    await twin.backend.advanceClock(300);
    await twin.drills.settled();
    await twin.drills.recover('drill-1', DRILL_CALLER);
    // Resynced 2 minutes after recover; with HA off Harbor stays down, so the drill re-checks 30 minutes later.
    await twin.backend.advanceClock(180);
    await twin.drills.settled();
    const changes = listenForChanges(twin);
    const cursor = twin.stream.store.latestEventId();

    await twin.backend.advanceClock(1800);
    const beforeRecheck = changes.kinds().length;
    await twin.drills.settled();

    const closed = await twin.drills.get('drill-1');
    expect([closed.active, closed.integrity?.recheck === undefined]).toStrictEqual([false, false]);
    expect(changes.kinds().slice(beforeRecheck)).toContainEqual(['drills']);
    const stored = twin.stream.store.eventsAfter(cursor, 1000).map((row) => row.event);
    expect(stored.at(-1)).toMatchObject({ type: 'changed', kinds: ['drills'] });
  });
});
