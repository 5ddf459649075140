import { describe, expect, it } from 'vitest';

import { drive, walkthroughReady } from './__fixtures__/drive';

// vsan-ha.md §3 Restart behaviour: HA places a VM on a healthy host, and with vSAN only where its objects have quorum.
// A host that fails at an instant is down for every action at that instant (issue #18 point 7): when an `advance`
// ends on T15 with HA's power-on just started on a host, and that host then loses power at the same T15, the power-on
// is withdrawn at T15 instead of running on a dead host until T18.
describe('a host powered off at the instant HA restarts a VM on it', () => {
  const ready = walkthroughReady();
  const t0 = ready.state.clock.now;
  const placed = drive(
    ready.state,
    { type: 'powerHost', hostId: 'host-1', state: 'off' },
    { type: 'advance', seconds: 15 },
  );
  const target = placed.state.ha.restarts[0]?.inFlight?.hostId ?? 'none';
  const both = drive(placed.state, { type: 'powerHost', hostId: target, state: 'off' });
  const powerOnTasks = both.state.tasks.tasks.filter((t) => t.name === 'Power On virtual machine');

  it('when HA has just chosen .131 for photon-harbor at T15 and .131 loses power at T15, then that power-on fails at T15', () => {
    expect(target).toBe('host-2');
    expect(both.state.operations.filter((op) => op.kind === 'haPowerOn')).toStrictEqual([]);
    expect(powerOnTasks.map((t) => [t.completedAt === null ? null : t.completedAt - t0, t.error])).toStrictEqual([
      [15, 'Host 10.162.102.131 failed as the power-on started'],
    ]);
  });

  it('when the withdrawn restart is tried again at T15, then it is judged with .131 down: vSAN has no quorum for its home', () => {
    const failures = both.events.filter((e) => e.typeId === 'vim.event.VmFailoverFailed');

    expect(failures.map((e) => e.time - t0)).toStrictEqual([15]);
    expect(failures[0]?.message).toContain('The VM home namespace of photon-harbor is inaccessible');
    expect(both.state.ha.restarts[0]).toMatchObject({ attemptsMade: 1, inFlight: null });
  });
});
