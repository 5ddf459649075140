import { describe, expect, it } from 'vitest';

import { walkthroughState } from '../../test/walkthrough';

import { buildChecklist } from './checklist';

const notInstalled = { state: 'notInstalled' as const, version: null };

describe('buildChecklist', () => {
  it('when nothing is set up, then every step but the cluster is to do', () => {
    const s = walkthroughState();
    const harbor = {
      ...s.harbor,
      services: s.harbor.services.map((svc) => ({
        ...svc,
        mounts: svc.mounts.map((m) => ({ ...m, kind: 'bind' as const, volume: null })),
      })),
    };

    const steps = buildChecklist({
      setup: {
        hosts: ['a', 'b', 'c'].map((h) => ({ hostId: h, name: h, vib: notInstalled })),
        vms: [{ vmId: harbor.vmId, name: 'photon-harbor', plugin: notInstalled }],
        haEnabled: false,
        complete: false,
      },
      policies: s.policies.filter((p) => p.builtIn),
      volumeCount: 0,
      harbor,
      cluster: { haEnabled: false },
    });

    expect(steps.map((st) => [st.id, st.done])).toStrictEqual([
      ['cluster', true],
      ['vib', false],
      ['plugin', false],
      ['policy', false],
      ['volumes', false],
      ['compose', false],
      ['harbor', false],
      ['ha', false],
    ]);
  });

  it('when the walkthrough is done, then every step is done', () => {
    const s = walkthroughState();
    const installed = { state: 'installed' as const, version: '0.21' };

    const steps = buildChecklist({
      setup: {
        hosts: ['a', 'b', 'c'].map((h) => ({ hostId: h, name: h, vib: installed })),
        vms: [{ vmId: s.harbor.vmId, name: 'photon-harbor', plugin: installed }],
        haEnabled: true,
        complete: true,
      },
      policies: s.policies,
      volumeCount: 3,
      harbor: { ...s.harbor, status: 'healthy' },
      cluster: { haEnabled: true },
    });

    expect(steps.filter((st) => !st.done).map((st) => st.id)).toStrictEqual([]);
  });
});
