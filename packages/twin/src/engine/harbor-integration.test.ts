import { describe, expect, it } from 'vitest';

import { LOG_FIRST_RACE_PS } from '../harbor/__fixtures__/run';

import { drive, scenario, WALKTHROUGH_MAPPINGS, walkthroughReady } from './__fixtures__/drive';
import { harborView, volumeView } from './queries';
import type { TwinState } from './state';

// Harbor and vDVS around a failover. Facts: harbor.md §1 Known failure mode (log not listening → Exit 128, fixed by
// `up -d log && up -d`); vdvs.md §1 architecture (plugin → vmdk_ops on the ESX host, i.e. the VIB) and §7 (after an
// HA restart volumes stay attached; 0.17+ refcount recovery detaches unused ones, older plugins leave them).

function failover(state: TwinState): TwinState {
  return drive(state, { type: 'powerHost', hostId: 'host-1', state: 'off' }, { type: 'advance', seconds: 90 }).state;
}

const FIX = [
  { type: 'harborComposeUp', services: ['log'] },
  { type: 'advance', seconds: 5 },
  { type: 'harborComposeUp' },
  { type: 'advance', seconds: 10 },
];

describe('the log-first race after a failover (harborLogRace)', () => {
  // The apply's own `up -d` races too, so the operator's fix runs once before the failover.
  const ready = drive(walkthroughReady(scenario({ harborLogRace: true })).state, ...FIX);
  const after = failover(ready.state);

  it('when Docker restores the containers before log listens, then registry, mysql and ui stay in Exit 128 with the fix as a finding', () => {
    const harbor = harborView(after);

    // goharbor/harbor#1296 as harbor.md §1 tells it: registry Exit 128 and nginx (proxy) Restarting.
    expect(harborView(ready.state).status).toBe('healthy');
    expect(harbor.services.map((s) => [s.name, s.state, s.exitCode])).toStrictEqual(LOG_FIRST_RACE_PS);
    expect(harbor.findings.map((f) => [f.id, f.fix])).toStrictEqual([
      [
        'harbor-log-first-exit-128',
        'Start log first, then the rest: `docker-compose up -d log && docker-compose up -d` (or `docker-compose start`).',
      ],
    ]);
  });

  it('when the operator runs the fix, then Harbor is healthy again', () => {
    const fixed = drive(after, ...FIX).state;

    expect([harborView(fixed).status, harborView(fixed).findings]).toStrictEqual(['healthy', []]);
  });
});

describe('the VIB must be on the host the VM restarts on', () => {
  it('when only .130 has the VIB, then after the restart on .131 Harbor cannot mount its volumes', () => {
    // The setup checklist ("the vDVS VIB on every ESXi host") exists for exactly this.
    const start = drive(
      scenario(),
      { type: 'installVib', hostId: 'host-1' },
      { type: 'installPlugin', vmId: 'vm-1' },
      { type: 'advance', seconds: 30 },
    ).state;
    const ready = drive(
      start,
      { type: 'createVolume', name: 'vsanvol1', opts: { size: '50gb' } },
      { type: 'harborApplyCompose', composeText: 'x', mappings: [WALKTHROUGH_MAPPINGS[0]] },
      { type: 'setHaEnabled', enabled: true },
      { type: 'advance', seconds: 30 },
    ).state;

    const harbor = harborView(failover(ready));

    expect(harbor.services.find((s) => s.name === 'registry')?.error).toBe(
      "error while mounting volume '/mnt/vmdk/vsanvol1/': VolumeDriver.Mount: volume vsanvol1 is not accessible",
    );
    expect(harbor.status).toBe('unhealthy');
  });
});

describe('volumes left attached by an HA restart (vdvs.md §7)', () => {
  const withSpare = (version: string): TwinState => {
    const vibs = ['host-1', 'host-2', 'host-3'].map((hostId) => ({ type: 'installVib', hostId }));
    const start = drive(
      scenario(),
      ...vibs,
      { type: 'installPlugin', vmId: 'vm-1', version },
      { type: 'advance', seconds: 30 },
    ).state;
    return walkthroughReady(start, [
      { type: 'createVolume', name: 'spare', opts: {} },
      { type: 'attachVolume', volume: 'spare', vmId: 'vm-1' },
    ]).state;
  };

  it('when the plugin is 0.16, then the unused volume stays attached and becomes a finding', () => {
    const after = failover(withSpare('0.16'));

    expect(volumeView(after, 'spare')?.status).toBe('attached');
    expect(after.findings.map((f) => f.id)).toStrictEqual(['vdvs-ha-restart-left-attached:spare@vsanDatastore']);
  });

  it('when the plugin is 0.21, then refcount recovery detaches the unused volume and keeps the ones Harbor uses', () => {
    const after = failover(withSpare('0.21'));

    expect(['spare', 'vsanvol1', 'vsanvol2', 'vsanvol3'].map((v) => volumeView(after, v)?.status)).toStrictEqual([
      'detached',
      'attached',
      'attached',
      'attached',
    ]);
    expect(after.findings).toStrictEqual([]);
    expect(after.topology.vms[0]?.disks.map((d) => d.label)).toStrictEqual([
      'Hard disk 1',
      'Hard disk 3',
      'Hard disk 4',
      'Hard disk 5',
    ]);
  });
});
