import { ClockSchema } from '@harborview/contracts/clock';
import { ClusterSummarySchema } from '@harborview/contracts/cluster';
import {
  DrillFrameSchema,
  DrillListSchema,
  DrillPreflightSchema,
  DrillReportSchema,
  DrillSchema,
} from '@harborview/contracts/drills';
import { TaskListSchema } from '@harborview/contracts/tasks';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { advanceAndRead, HARBOR_HOST_DRILL, walkthroughOnVolumes } from '../drills/drill-test-kit';
import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

describeRoutes('drill routes', () => {
  describe('POST /api/drills/preflight', () => {
    it('200 with what would go down when HA is off and the Harbor host would power off, and the twin untouched', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/drills/preflight').send({ fault: HARBOR_HOST_DRILL.fault });

      const preflight = bodyOf(res, 200, DrillPreflightSchema);
      expect([preflight.haEnabled, preflight.harborVm.affected, preflight.harborVm.restartHostId]).toStrictEqual([
        false,
        true,
        null,
      ]);
      expect(preflight.goesDown).toStrictEqual(HARBOR_HOST_DRILL.confirm);
      expect(preflight.requiresConfirmation).toBe(true);
      const tasks = TaskListSchema.parse((await request(app).get('/api/tasks')).body);
      expect(tasks.items.filter((t) => t.name === 'Power off host')).toStrictEqual([]);
    });

    it.each([
      [400, 'the fault type is unknown', { type: 'meteor-strike', hostId: 'host-1' }, { code: 'validation_failed' }],
      [
        404,
        'the host does not exist',
        { type: 'host-power-off', hostId: 'host-9' },
        { message: 'No host with id host-9' },
      ],
    ])('%i when %s', async (status, _, fault, error) => {
      const res = await sendOnFreshApp('post', '/api/drills/preflight', { fault });

      expect(errorOf(res, status)).toMatchObject(error);
    });
  });

  describe('POST /api/drills', () => {
    it('409 confirmation_required naming what goes down when confirm is missing, and no fault is injected', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/drills').send({ fault: HARBOR_HOST_DRILL.fault });

      const error = errorOf(res, 409);
      expect(error.code).toBe('confirmation_required');
      expect(error.details).toMatchObject({ goesDown: HARBOR_HOST_DRILL.confirm });
      expect((await request(app).get('/api/hosts/host-1')).body).toMatchObject({ powerState: 'poweredOn' });
      expect(DrillListSchema.parse((await request(app).get('/api/drills')).body).items).toStrictEqual([]);
    });

    it('202 with a running drill when confirm names everything, the fault a task by the caller, and a baseline entry', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/drills').send(HARBOR_HOST_DRILL);

      const drill = bodyOf(res, 202, DrillSchema);
      expect([drill.id, drill.status, drill.vmHostBefore, drill.initiator]).toStrictEqual([
        'drill-1',
        'running',
        'host-1',
        'admin',
      ]);
      expect(drill.timeline[0]).toMatchObject({ lane: 'registry', message: 'baseline recorded: 0 images, 0 blobs' });
      expect(drill.timeline.some((e) => e.lane === 'host' && e.typeId === 'com.harborview.host.PoweredOff')).toBe(true);
      const tasks = TaskListSchema.parse((await request(app).get('/api/tasks')).body);
      expect(tasks.items.find((t) => t.name === 'Power off host')?.initiator).toBe('admin');
      const list = DrillListSchema.parse((await request(app).get('/api/drills')).body);
      expect(list.items.map((d) => [d.id, d.status])).toStrictEqual([['drill-1', 'running']]);
    });

    it('409 when another drill is still running', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/drills').send(HARBOR_HOST_DRILL).expect(202);

      const res = await request(app)
        .post('/api/drills')
        .send({ fault: { type: 'host-power-off', hostId: 'host-2' } });

      const error = errorOf(res, 409);
      expect(error).toMatchObject({ code: 'conflict' });
      expect(error.message).toContain('Drill drill-1 is still running');
    });

    it.each([
      [
        404,
        'the disk does not exist on the host',
        { type: 'disk-failure', hostId: 'host-2', diskId: 'host-2-dg-9-cap-9' },
      ],
      [400, 'the fault has an unexpected field', { type: 'host-power-off', hostId: 'host-1', diskId: 'x' }],
    ])('%i when %s', async (status, _, fault) => {
      const res = await sendOnFreshApp('post', '/api/drills', { fault });

      expect(res.status).toBe(status);
    });
  });

  describe('GET /api/drills/:id, POST /api/drills/:id/recover, report and replay', () => {
    it('404 when the drill does not exist', async () => {
      const res = await getOnFreshApp('/api/drills/drill-42');

      expect(errorOf(res, 404).message).toBe("No drill with id 'drill-42'");
    });

    it('409 when recover is asked while the drill is still running', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/drills').send(HARBOR_HOST_DRILL).expect(202);

      const res = await request(app).post('/api/drills/drill-1/recover').send({});

      expect(errorOf(res, 409).message).toContain('still running');
    });

    it('202 on recover once the drill has failed (HA off), then it closes after the resync with a report and a faithful replay', async () => {
      const t = await openTestApp();
      await request(t.app).post('/api/drills').send(HARBOR_HOST_DRILL).expect(202);
      const failed = await advanceAndRead(t, 'drill-1', 300);
      expect([failed.status, failed.recoverable]).toStrictEqual(['failed', true]);
      expect(failed.failure).toBe(
        'Harbor was not healthy 5 minutes after the fault: photon-harbor is powered off and vSphere HA is off',
      );

      const res = await request(t.app).post('/api/drills/drill-1/recover').send({});

      expect(res.status).toBe(202);
      const tasks = TaskListSchema.parse((await request(t.app).get('/api/tasks')).body);
      expect(tasks.items.find((task) => task.name === 'Power on host')?.target.id).toBe('host-1');
      const closed = await advanceAndRead(t, 'drill-1', 180);
      expect([closed.status, closed.recoverable, closed.rto.resyncedSeconds]).toStrictEqual(['failed', false, 420]);
      const md = await request(t.app).get('/api/drills/drill-1/report?format=md');
      expect([md.status, md.type]).toStrictEqual([200, 'text/markdown']);
      expect(md.text).toContain('# Failover drill drill-1: Power off host 10.162.102.130');
      const json = DrillReportSchema.parse((await request(t.app).get('/api/drills/drill-1/report')).body);
      expect(json.drill.id).toBe('drill-1');
      const replay = (await request(t.app).get('/api/drills/drill-1/replay')).body as Record<string, unknown>;
      expect(replay.eventsHash).toBe(replay.recordedEventsHash);
    });

    it('200 with the HA primary declared dead at 35 s (vsan-ha.md §3: election, then the protectedlist) and Harbor untouched', async () => {
      const t = await openTestApp();
      await walkthroughOnVolumes(t.app);
      await request(t.app)
        .post('/api/drills')
        .send({ fault: { type: 'host-power-off', hostId: 'host-3' } })
        .expect(202);

      const drill = await advanceAndRead(t, 'drill-1', 60);

      expect(drill.preflight.hostIsHaPrimary).toBe(true);
      expect([drill.rto.hostDeclaredDeadSeconds, drill.rto.vmPoweredOnSeconds]).toStrictEqual([35, null]);
      expect([drill.status, drill.vmHostNow]).toStrictEqual(['recovered', 'host-1']);
    });

    it('200 with a topology frame of the live twin, and 404 for an unknown drill id', async () => {
      const { app } = await openTestApp();

      const res = await request(app).get('/api/failover/topology');
      const unknown = await request(app).get('/api/failover/topology?drillId=drill-7');

      const frame = bodyOf(res, 200, DrillFrameSchema);
      expect(frame.hosts.map((h) => [h.id, h.powerState])).toStrictEqual([
        ['host-1', 'poweredOn'],
        ['host-2', 'poweredOn'],
        ['host-3', 'poweredOn'],
      ]);
      expect([frame.vm.id, frame.vm.hostId]).toStrictEqual(['vm-1', 'host-1']);
      expect(unknown.status).toBe(404);
    });
  });

  describe('POST /api/twin/clock/advance {"to":"repair-timer-end"}', () => {
    it('409 when no repair timer is running', async () => {
      const res = await sendOnFreshApp('post', '/api/twin/clock/advance', { to: 'repair-timer-end' });

      expect(errorOf(res, 409).message).toBe(
        'No repair timer is running: no Absent component is waiting to be repaired',
      );
    });

    it('200 at the instant the repair timer runs out, after which no component waits on it', async () => {
      const t = await openTestApp();
      await walkthroughOnVolumes(t.app);
      await request(t.app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);
      const before = ClockSchema.parse((await request(t.app).get('/api/twin/clock')).body);

      const res = await request(t.app).post('/api/twin/clock/advance').send({ to: 'repair-timer-end' });

      const after = bodyOf(res, 200, ClockSchema);
      expect(Math.round(after.elapsedSeconds - before.elapsedSeconds)).toBe(3600);
      const cluster = ClusterSummarySchema.parse((await request(t.app).get('/api/cluster')).body);
      expect(cluster.repairTimer.nextExpiryAt).toBeNull();
    });
  });
});
