import type { StreamMessage } from '@harborview/contracts/stream';
import type { TwinCommand, TwinState } from '@harborview/twin/engine';
import { describe, expect, it } from 'vitest';

import type { LoggedCommand } from './twin-engine';
import { createTwinEngine } from './twin-engine';

// Seed 1 walkthrough: three hosts without the vDVS VIB, Harbor's Docker VM without the plugin, HA off.
const engine = createTwinEngine(() => ({ scenario: 'walkthrough', seed: 1, startEpochMs: Date.UTC(2017, 2, 1, 9) }));
const twin = (command: TwinCommand): LoggedCommand => ({ kind: 'twin', command, initiator: 'operator' });

/** Applies the commands in order; returns the last state and the kinds the last command's `changed` names. */
function kindsAfter(commands: readonly TwinCommand[]): { state: TwinState; kinds: string[] } {
  let state = engine.initial();
  let messages: StreamMessage[] = [];
  for (const command of commands) {
    const out = engine.apply(state, twin(command));
    expect(out.changed).toBe(true);
    state = out.state;
    messages = out.messages;
  }
  const changed = messages.find((m) => m.type === 'changed');
  return { state, kinds: changed?.type === 'changed' ? changed.kinds : [] };
}

function setUpCommands(state: TwinState): TwinCommand[] {
  return [
    ...state.topology.hosts.map((h): TwinCommand => ({ type: 'installVib', hostId: h.id })),
    { type: 'installPlugin', vmId: state.harbor.vmId },
    { type: 'advance', seconds: 60 },
  ];
}

describe('the changed kinds of a twin command', () => {
  it('when the VIB is installed on a host, then the stream names setup and runbook', () => {
    const hostId = engine.initial().topology.hosts[0]!.id;

    const { kinds } = kindsAfter([{ type: 'installVib', hostId }]);

    expect(kinds).toEqual(expect.arrayContaining(['setup', 'runbook']));
  });

  it('when a volume is created, then the stream names runbook along with volumes', () => {
    const setUp = setUpCommands(engine.initial());

    const { kinds } = kindsAfter([...setUp, { type: 'createVolume', name: 'vsanvol1', opts: { size: '10gb' } }]);

    expect(kinds).toEqual(expect.arrayContaining(['volumes', 'runbook']));
    expect(kinds).not.toContain('setup');
  });

  it('when HA is turned on or off, then the stream names vms (each VM’s HA protection follows HA)', () => {
    const on = kindsAfter([{ type: 'setHaEnabled', enabled: true }]);
    const off = kindsAfter([
      { type: 'setHaEnabled', enabled: true },
      { type: 'setHaEnabled', enabled: false },
    ]);

    expect(on.state.ha.enabled).toBe(true);
    expect(on.kinds).toEqual(expect.arrayContaining(['cluster', 'vms']));
    expect(off.kinds).toEqual(expect.arrayContaining(['cluster', 'vms']));
  });

  it('when only time passes, then the runbook is not named (no operator action was taken)', () => {
    const { kinds } = kindsAfter([{ type: 'advance', seconds: 5 }]);

    expect(kinds).toContain('clock');
    expect(kinds).not.toContain('runbook');
  });

  it('when the twin is reset, then every kind is named, drills included', () => {
    const out = engine.apply(engine.initial(), {
      kind: 'reset',
      options: { scenario: 'walkthrough', seed: 2, startEpochMs: 0 },
    });

    expect(out.messages[0]).toMatchObject({
      type: 'changed',
      kinds: expect.arrayContaining(['setup', 'runbook', 'drills']),
    });
  });
});
