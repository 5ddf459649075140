import {
  DRILL_LANES,
  DrillPreflightSchema,
  DrillReplaySchema,
  DrillReportSchema,
  DrillSchema,
} from '@harborview/contracts/drills';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import { HostSchema, VmSchema } from '@harborview/contracts/inventory';
import { VolumeSchema } from '@harborview/contracts/volumes';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { advanceAndRead, walkthroughOnVolumes } from '../drills/drill-test-kit';
import type { TestApp } from '../test/test-app';
import { closeTestApps, openTestApp } from '../test/test-app';

import { walkthroughClient } from './http-walkthrough';

// Failover drills end to end over HTTP with the real docker-registry: the walkthrough's Harbor on vDVS volumes,
// two real images, the Harbor host powered off. Facts: vsan-ha.md §3 Timelines (a secondary is declared dead at
// T15, the primary at T35; HA's power-on task takes 3 s), §2 Absent vs Degraded (a powered-off host's components are
// ABSENT) and Repair delay timer (no spare fault domain on 3 hosts: components stay Absent); §1 FTT table (FTT=0
// keeps one copy).

/** Advances in 5 s steps, as the console's clock does at 5×, letting the real registry follow each step. */
async function advanceInSteps(t: TestApp, seconds: number): Promise<void> {
  const api = walkthroughClient(t.app);
  for (let done = 0; done < seconds; done += 5) {
    await api.advance(5);
    await t.twin.registrySettled();
  }
}

describe('failover drills with the real registry', () => {
  afterEach(closeTestApps);

  it('when the Harbor host is powered off, then HA restarts the VM per its role, the components stay Absent, the images verify intact, recover resyncs to completed, and the replay matches', async () => {
    const t = await openTestApp({}, 'auto');
    const api = walkthroughClient(t.app);
    await walkthroughOnVolumes(t.app);
    await t.twin.registrySettled();
    await api.send('post', '/api/harbor/images', 201, { count: 2 });
    const vm = VmSchema.parse(await api.send('get', '/api/vms/vm-1', 200));
    const host = HostSchema.parse(await api.send('get', `/api/hosts/${vm.hostId}`, 200));
    const fault = { type: 'host-power-off', hostId: vm.hostId };
    // "Running (Primary)" or "Connected (Secondary)" (vsphere-client-ui.md; vsan-ha.md §3 HA host state).
    const primary = host.haState.includes('Primary');

    const preflight = DrillPreflightSchema.parse(await api.send('post', '/api/drills/preflight', 200, { fault }));
    expect([preflight.requiresConfirmation, preflight.hostIsHaPrimary]).toStrictEqual([false, primary]);
    const started = DrillSchema.parse(await api.send('post', '/api/drills', 202, { fault }));
    expect(started.timeline[0]?.message).toBe('baseline recorded: 2 images, 6 blobs on vsanvol1@vsanDatastore');
    await advanceInSteps(t, 120);
    const recovered = await advanceAndRead(t, started.id, 0);

    // The stopwatch follows HA's rules: dead at T15 (T35 for the primary), powered on after the 3 s power-on task.
    const dead = primary ? 35 : 15;
    expect(recovered.status).toBe('recovered');
    expect([recovered.rto.hostDeclaredDeadSeconds, recovered.rto.vmPoweredOnSeconds]).toStrictEqual([dead, dead + 3]);
    expect(recovered.rto.harborHealthySeconds).toBeGreaterThan(dead + 3);
    expect(recovered.vmHostNow).not.toBe(vm.hostId);
    expect(new Set(recovered.timeline.map((e) => e.lane))).toStrictEqual(new Set(DRILL_LANES));
    expect(recovered.timeline.filter((e) => e.lane === 'registry').map((e) => e.message)).toStrictEqual([
      'baseline recorded: 2 images, 6 blobs on vsanvol1@vsanDatastore',
      'registry process killed (power loss)',
      'registry started on vsanvol1@vsanDatastore',
      'verified after the failover: 2 images, 6 blobs verified, nothing lost',
    ]);
    expect(recovered.timeline.map((e) => e.tSeconds)).toStrictEqual(
      [...recovered.timeline.map((e) => e.tSeconds)].sort((a, b) => a - b),
    );
    expect(recovered.integrity).toMatchObject({
      verdict: 'intact',
      summary: '2 images, 6 blobs verified, nothing lost',
    });
    expect(recovered.samples.some((s) => s.harborUnhealthy === 6)).toBe(true);
    expect(recovered.samples.at(-1)).toMatchObject({ harborHealthy: 6, harborUnhealthy: 0 });
    expect(recovered.repairTimer).toMatchObject({
      secondsLeft: 3600 - 120,
      outcome: 'no spare fault domain: components stay Absent',
    });
    for (const name of ['vsanvol1', 'vsanvol2', 'vsanvol3']) {
      const volume = VolumeSchema.parse(await api.send('get', `/api/volumes/${name}`, 200));
      const onFailedHost = volume.object.components.filter((c) => c.hostId === vm.hostId);
      expect(onFailedHost.map((c) => c.state)).toStrictEqual(onFailedHost.map(() => 'ABSENT'));
    }

    // Recover: the host boots (120 s) and every component is Active again; the data is verified once more.
    expect(recovered.recoverable).toBe(true);
    await api.send('post', `/api/drills/${started.id}/recover`, 202, {});
    await advanceInSteps(t, 130);
    const completed = await advanceAndRead(t, started.id, 0);
    expect(completed.status).toBe('completed');
    expect(completed.rto.resyncedSeconds).toBeGreaterThanOrEqual(120 + 120);
    expect(completed.integrity?.recheck).toMatchObject({ verdict: 'intact' });
    expect(completed.resync.progress).toBe(1);

    const report = DrillReportSchema.parse(await api.send('get', `/api/drills/${started.id}/report?format=json`, 200));
    expect(report.volumes.map((v) => [v.name, v.policy])).toStrictEqual([
      ['vsanvol1@vsanDatastore', '[VSAN default]'],
      ['vsanvol2@vsanDatastore', '[VSAN default]'],
      ['vsanvol3@vsanDatastore', 'SW=2'],
    ]);
    expect(report.volumes.flatMap((v) => v.placement.map((c) => c.state))).not.toContain('ABSENT');
    const md = await request(t.app).get(`/api/drills/${started.id}/report?format=md`);
    expect(md.text).toContain('**Verdict: intact**: 2 images, 6 blobs verified, nothing lost');
    expect(md.text).toContain(`| HA | vSphere HA declared the host dead | ${dead} s |`);

    const replay = DrillReplaySchema.parse(await api.send('get', `/api/drills/${started.id}/replay`, 200));
    expect(replay.eventsHash).toBe(replay.recordedEventsHash);
    expect(replay.timeline).toStrictEqual(completed.timeline);
    expect(replay.frames.length).toBeGreaterThan(3);
    expect(replay.frames.some((f) => f.hosts.find((h) => h.id === vm.hostId)?.powerState === 'poweredOff')).toBe(true);
  }, 180_000);

  it('when the host holding an FTT=0 registry volume is powered off, then the drill needs confirming and fails with a verdict naming that volume', async () => {
    const t = await openTestApp({}, 'auto');
    const api = walkthroughClient(t.app);
    await api.setUp();
    await api.send('post', '/api/policies', 201, { name: 'FTT=0', content: '(("hostFailuresToTolerate" i0))' });
    await api.send('post', '/api/volumes', 201, {
      name: 'regvol',
      opts: { size: '10gb', 'vsan-policy-name': 'FTT=0' },
    });
    await walkthroughOnVolumesFtt0(t);
    await api.send('post', '/api/harbor/images', 201, { count: 2 });
    const regvol = VolumeSchema.parse(await api.send('get', '/api/volumes/regvol', 200));
    const fault = { type: 'host-power-off', hostId: regvol.object.components[0]!.hostId };

    const refused = await request(t.app).post('/api/drills').send({ fault });
    expect(refused.status).toBe(409);
    const { details } = ErrorBodySchema.parse(refused.body).error as { details: { goesDown: string[] } };
    expect(details.goesDown).toContain('regvol@vsanDatastore');
    const started = DrillSchema.parse(await api.send('post', '/api/drills', 202, { fault, confirm: details.goesDown }));
    await advanceInSteps(t, 300);
    const failed = await advanceAndRead(t, started.id, 0);

    expect(failed.status).toBe('failed');
    expect(failed.failure).toContain('regvol@vsanDatastore is inaccessible: policy FTT=0 (no data redundancy)');
    expect(failed.integrity?.verdict).toBe('unavailable');
    expect(failed.integrity?.summary).toContain(
      '2 of 2 images unavailable (library/demo-1:1.0, library/demo-2:1.0): regvol@vsanDatastore: policy FTT=0',
    );
    expect(failed.integrity?.affectedVolumes).toStrictEqual([
      {
        name: 'regvol@vsanDatastore',
        verdict: 'unavailable',
        reason: expect.stringContaining('its only copy is on') as string,
      },
    ]);
  }, 180_000);
});

/** Harbor moved onto the FTT=0 registry volume (plus vsanvol2 and vsanvol3), HA on and settled. */
async function walkthroughOnVolumesFtt0(t: TestApp): Promise<void> {
  const api = walkthroughClient(t.app);
  const mappings = [
    { service: 'registry', target: '/storage', volume: 'regvol' },
    { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol2' },
    { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
  ];
  await api.send('post', '/api/harbor/attach', 202, { mappings, copyData: true });
  await api.advance(60);
  await api.send('put', '/api/cluster/ha', 202, { enabled: true });
  await api.advance(30);
  await t.twin.registrySettled();
}
