import { describe, expect, it } from 'vitest';

import { drive, scenario, walkthroughReady } from './__fixtures__/drive';
import { alarmsView, tasksView } from './queries';

// Recent Tasks and alarms as the operator sees them. Facts: vsphere-client-ui.md §4 Layout (Recent Tasks: queued →
// running with progress → success/error, Initiator, Target); vsan-ha.md §3 Events and alarms (alarm names, colours;
// Not Responding at 60 s, KB 435077).

describe('tasks', () => {
  it('when a VIB install is half way, then its task runs at 50 % and completes at 20 s', () => {
    // A 20 s install [U] (engine/constants.ts VIB_INSTALL_DURATION).
    const started = drive(scenario(), { type: 'installVib', hostId: 'host-1' });
    const half = drive(started.state, { type: 'advance', seconds: 10 });
    const done = drive(half.state, { type: 'advance', seconds: 10 });
    const row = (s: typeof half.state): unknown => {
      const t = tasksView(s).items[0];
      return [t?.name, t?.target.name, t?.state, t?.progress, t?.initiator];
    };

    expect(row(started.state)).toStrictEqual([
      'Install VIB esx-vmdkops-service',
      '10.162.102.130',
      'running',
      0,
      'VSPHERE.LOCAL\\Administrator',
    ]);
    expect(row(half.state)).toStrictEqual([
      'Install VIB esx-vmdkops-service',
      '10.162.102.130',
      'running',
      50,
      'VSPHERE.LOCAL\\Administrator',
    ]);
    expect(row(done.state)).toStrictEqual([
      'Install VIB esx-vmdkops-service',
      '10.162.102.130',
      'success',
      100,
      'VSPHERE.LOCAL\\Administrator',
    ]);
    expect(done.state.topology.hosts[0]?.vib).toStrictEqual({ state: 'installed', version: '0.21' });
  });

  it('when the host dies during the install, then the task ends in error', () => {
    const r = drive(
      scenario(),
      { type: 'installVib', hostId: 'host-2' },
      { type: 'powerHost', hostId: 'host-2', state: 'off' },
      { type: 'advance', seconds: 30 },
    );
    const task = r.state.tasks.tasks.find((t) => t.name === 'Install VIB esx-vmdkops-service');

    expect([task?.state, task?.error]).toStrictEqual(['error', 'Host 10.162.102.131 is not responding']);
  });

  it('when a step names an initiator, then its tasks carry it', () => {
    const r = drive(scenario(), { type: 'setHaEnabled', enabled: true });

    expect(tasksView(r.state).items.map((t) => [t.name, t.target.type, t.state])).toStrictEqual([
      ['Reconfigure cluster', 'ClusterComputeResource', 'success'],
    ]);
  });
});

describe('alarms during the failover', () => {
  const ready = walkthroughReady();
  const at = (seconds: number): [string, string, string][] =>
    alarmsView(
      drive(ready.state, { type: 'powerHost', hostId: 'host-1', state: 'off' }, { type: 'advance', seconds }).state,
    ).items.map((a) => [a.name, a.entity.name, a.status]);

  it('when .130 has been down 20 s, then HA host status is red and vSAN object health yellow', () => {
    expect(at(20)).toStrictEqual([
      ["vSAN health alarm 'vSAN object health'", 'vSAN-Cluster', 'yellow'],
      ['vSphere HA host status', '10.162.102.130', 'red'],
    ]);
  });

  it('when .130 has been down 60 s, then vCenter adds Host connection and power state in red', () => {
    expect(at(60)).toStrictEqual([
      ["vSAN health alarm 'vSAN object health'", 'vSAN-Cluster', 'yellow'],
      ['vSphere HA host status', '10.162.102.130', 'red'],
      ['Host connection and power state', '10.162.102.130', 'red'],
    ]);
  });
});
