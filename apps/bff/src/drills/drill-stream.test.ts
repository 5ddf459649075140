import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { StreamMessage } from '@harborview/contracts/stream';
import { afterEach, describe, expect, it } from 'vitest';

import { bootTwin } from '../twin-runtime/bootstrap';
import type { BootedTwin } from '../twin-runtime/bootstrap';

// A drill's verdicts are reached in wall time (the registry is asked after the twin moved), so no twin commit
// announces them: the drill service names `drills` on the stream itself, and the console refetches on that.
// Seed 1: Harbor's VM on host-1, HA off, so the drill fails after 5 minutes (vsan-ha.md §3: nothing restarts it).
const CALLER = { user: 'VSPHERE.LOCAL\\Administrator' };
const FAULT = { type: 'host-power-off' as const, hostId: 'host-1' };
const CONFIRM = ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((s) => `Harbor ${s}`);

const dirs: string[] = [];
const twins: BootedTwin[] = [];
afterEach(async () => {
  await Promise.all(twins.splice(0).map((t) => t.close()));
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function boot(): Promise<BootedTwin> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-drill-stream-'));
  dirs.push(dataDir);
  const twin = await bootTwin({
    dataDir,
    log: () => undefined,
    registry: 'off',
    wallNowMs: () => Date.UTC(2017, 2, 1, 9),
    durability: 'NORMAL',
    clockTicks: false,
  });
  twins.push(twin);
  return twin;
}

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
    const twin = await boot();
    const changes = listenForChanges(twin);

    const drill = await twin.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);

    expect(drill.status).toBe('running');
    expect(changes.kinds().at(-1)).toStrictEqual(['drills']);
  });

  it('when the failover verdict arrives after the twin moved, then a drills change follows it', async () => {
    const twin = await boot();
    await twin.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);
    const changes = listenForChanges(twin);

    await twin.backend.advanceClock(300);
    const beforeVerdict = changes.kinds().length;
    await twin.drills.settled();

    expect((await twin.drills.get('drill-1')).status).toBe('failed');
    expect(changes.kinds().slice(beforeVerdict)).toStrictEqual([['drills']]);
  });

  it('when the re-check after recover closes the drill, then a drills change follows it and is kept for resuming clients', async () => {
    const twin = await boot();
    await twin.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);
    await twin.backend.advanceClock(300);
    await twin.drills.settled();
    await twin.drills.recover('drill-1', CALLER);
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
