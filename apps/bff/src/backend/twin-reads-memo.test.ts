import { createScenario, step } from '@harborview/twin/engine';
import { describe, expect, it } from 'vitest';

import { readHosts, readPolicies } from './twin-reads';

const start = () => createScenario({ scenario: 'walkthrough', seed: 1, hosts: 3, volumes: 3, startEpochMs: 0 });
const run = (state: ReturnType<typeof start>, command: unknown) => step(state, command, { initiator: 'test' }).state;

describe('readHosts', () => {
  it('when one state is read twice, then the hosts are projected once and shared', () => {
    const state = start();

    expect(readHosts(state)).toBe(readHosts(state));
  });

  it('when a host is powered off, then the next state reads its components ABSENT (vsan-ha.md §2)', () => {
    const state = start();
    const before = readHosts(state).find((h) => h.id === 'host-1');

    const after = readHosts(run(state, { type: 'powerHost', hostId: 'host-1', state: 'off' })).find(
      (h) => h.id === 'host-1',
    );

    expect(before?.components.byState.ABSENT).toBe(0);
    expect(after?.components.byState.ABSENT).toBe(after?.components.total);
  });
});

describe('readPolicies', () => {
  it('when the clock moves on and volumes and policies stay, then the same list is shared', () => {
    const state = start();

    const next = run(state, { type: 'advance', seconds: 1 });

    expect(readPolicies(next)).toBe(readPolicies(state));
  });

  it('when a policy is created, then the next read lists it', () => {
    const state = start();
    const before = readPolicies(state);

    const after = readPolicies(run(state, { type: 'createPolicy', name: 'gold', content: '(("stripeWidth" i2))' }));

    expect(after).toHaveLength(before.length + 1);
    expect(after.find((p) => p.name === 'gold')?.active).toBe('Unused');
  });
});
