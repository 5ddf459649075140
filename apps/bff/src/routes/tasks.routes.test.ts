import { AlarmListSchema, AlarmSchema, TaskListSchema } from '@harborview/contracts/tasks';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, sendOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

describeRoutes('task routes', () => {
  it('200 with no tasks and no alarms on a fresh twin', async () => {
    const { app } = await openTestApp();

    const [tasks, alarms] = await Promise.all([request(app).get('/api/tasks'), request(app).get('/api/alarms')]);

    expect([tasks.status, alarms.status]).toStrictEqual([200, 200]);
    expect(TaskListSchema.parse(tasks.body)).toStrictEqual({ items: [] });
    expect(AlarmListSchema.parse(alarms.body)).toStrictEqual({ items: [] });
  });

  it('200 with the newest task first and its initiator once tasks have run', async () => {
    const { app } = await openTestApp();
    await request(app).put('/api/cluster/ha').send({ enabled: true }).expect(202);
    await request(app).put('/api/cluster/vsan').send({ repairDelaySeconds: 600 }).expect(202);

    const res = await request(app).get('/api/tasks');

    const { items } = bodyOf(res, 200, TaskListSchema);
    expect(items.map((t) => [t.name, t.initiator])).toStrictEqual([
      ['Reconfigure vSAN cluster', 'admin'],
      ['Reconfigure cluster', 'admin'],
    ]);
  });

  it('202 with the signed-in user as the task initiator, as Recent Tasks shows who started it', async () => {
    const { rawApp, loginAs } = await openTestApp();
    const operator = await loginAs('operator');

    const res = await request(rawApp).put('/api/cluster/ha').set(operator.headers).send({ enabled: true });

    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ name: 'Reconfigure cluster', initiator: operator.username });
  });

  it('200 with a yellow vSAN object health alarm when a host goes down (objects keep quorum)', async () => {
    const { app } = await openTestApp();
    await request(app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);

    const res = await request(app).get('/api/alarms');

    const { items } = bodyOf(res, 200, AlarmListSchema);
    expect(items.map((a) => [a.name, a.entity.id, a.status, a.acknowledged])).toStrictEqual([
      ["vSAN health alarm 'vSAN object health'", 'cluster-1', 'yellow', false],
    ]);
  });

  describe('POST /api/alarms/:id/acknowledge', () => {
    it('200 with the alarm acknowledged', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/hosts/host-2/power').send({ state: 'off' }).expect(202);

      const res = await request(app).post('/api/alarms/1/acknowledge');

      expect(bodyOf(res, 200, AlarmSchema)).toMatchObject({ id: '1', acknowledged: true });
      expect(AlarmListSchema.parse((await request(app).get('/api/alarms')).body).items[0]?.acknowledged).toBe(true);
    });

    it('404 when no alarm with the id is triggered', async () => {
      const res = await sendOnFreshApp('post', '/api/alarms/2/acknowledge');

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: 'No triggered alarm with id 2',
      });
    });

    it.each(['abc', '0', '-1'])('400 when the id is %s', async (id) => {
      const res = await sendOnFreshApp('post', `/api/alarms/${id}/acknowledge`);

      expect(errorOf(res, 400).code).toBe('bad_request');
    });
  });
});
