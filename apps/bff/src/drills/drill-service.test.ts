import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { bootTwin } from '../twin-runtime/bootstrap';
import type { BootedTwin } from '../twin-runtime/bootstrap';

// The drill service over a twin in a DATA_DIR that outlives it: a restarted BFF resumes watching the drill from
// the command log, and a replay (a fresh engine from the recorded start state) gives the same output every time.
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

async function boot(dataDir: string): Promise<BootedTwin> {
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

describe('the drill service across a restart', () => {
  it('when the BFF restarts mid-drill, then the drill is still running with the same timeline and goes on to fail on time', async () => {
    // Arrange
    const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-drill-'));
    dirs.push(dataDir);
    const first = await boot(dataDir);
    await first.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);
    await first.backend.advanceClock(20);
    const before = await first.drills.get('drill-1');
    await first.close();
    twins.splice(twins.indexOf(first), 1);

    // Act
    const second = await boot(dataDir);
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
    const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-drill-'));
    dirs.push(dataDir);
    const twin = await boot(dataDir);
    await twin.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);

    // Act
    await twin.backend.reset({ scenario: 'walkthrough', seed: 1, hosts: 3, volumes: 0 });
    const next = await twin.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);

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
    const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-drill-'));
    dirs.push(dataDir);
    const first = await boot(dataDir);
    await first.drills.create({ fault: FAULT, confirm: CONFIRM }, CALLER);
    for (let i = 0; i < 10; i += 1) await first.backend.advanceClock(7);

    // Act
    const once = await first.drills.replay('drill-1');
    await first.close();
    twins.splice(twins.indexOf(first), 1);
    const twice = await (await boot(dataDir)).drills.replay('drill-1');

    // Assert
    expect(once.eventsHash).toBe(once.recordedEventsHash);
    expect(twice).toStrictEqual(once);
    expect(once.frames.map((f) => f.hosts[0]?.powerState)).toContain('poweredOff');
  });
});
