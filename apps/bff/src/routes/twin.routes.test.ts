import { ClockSchema } from '@harborview/contracts/clock';
import { HarborSchema } from '@harborview/contracts/harbor';
import { HostListSchema } from '@harborview/contracts/inventory';
import { PolicyListSchema } from '@harborview/contracts/policies';
import { containerNameOf, LAYOUTS } from '@harborview/twin/harbor';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

const START = '2017-03-01T09:00:00.000Z';

describeRoutes('twin routes', () => {
  describe('GET /api/twin/clock', () => {
    it('200 with twin time at the start, 1× and paused (route tests stop the clock)', async () => {
      const res = await getOnFreshApp('/api/twin/clock');

      expect(bodyOf(res, 200, ClockSchema)).toStrictEqual({
        now: START,
        elapsedSeconds: 0,
        speed: 1,
        paused: true,
        wallTime: START,
      });
    });
  });

  describe('PUT /api/twin/clock', () => {
    it('200 with the new speed', async () => {
      const { app } = await openTestApp();

      const res = await request(app).put('/api/twin/clock').send({ speed: 60 });

      expect(bodyOf(res, 200, ClockSchema).speed).toBe(60);
      expect(ClockSchema.parse((await request(app).get('/api/twin/clock')).body).speed).toBe(60);
    });

    it('200 with paused false when the clock is resumed', async () => {
      const res = await sendOnFreshApp('put', '/api/twin/clock', { paused: false });

      expect(bodyOf(res, 200, ClockSchema).paused).toBe(false);
    });

    it('400 when the clock speed is not a number', async () => {
      const res = await sendOnFreshApp('put', '/api/twin/clock', { speed: 'fast' });

      expect(errorOf(res, 400)).toStrictEqual({
        code: 'validation_failed',
        message: 'Invalid speed: Invalid input: expected number, received string',
        details: [{ path: 'speed', message: 'Invalid input: expected number, received string' }],
      });
    });

    it('400 when neither speed nor paused is given', async () => {
      const res = await sendOnFreshApp('put', '/api/twin/clock', {});

      expect(errorOf(res, 400).message).toBe('Invalid request: Give speed or paused');
    });

    it.each([[{ speed: 0 }], [{ speed: 3601 }], [{ paused: 'yes' }], [{ speed: 10, rate: 2 }]])(
      '400 when the body is %j',
      async (body) => {
        const { app } = await openTestApp();

        const res = await request(app).put('/api/twin/clock').send(body);

        expect(res.status).toBe(400);
        expect(ClockSchema.parse((await request(app).get('/api/twin/clock')).body).speed).toBe(1);
      },
    );
  });

  describe('POST /api/twin/clock/advance', () => {
    it('200 with twin time moved by the seconds asked', async () => {
      const res = await sendOnFreshApp('post', '/api/twin/clock/advance', { seconds: 90 });

      expect(bodyOf(res, 200, ClockSchema)).toMatchObject({ now: '2017-03-01T09:01:30.000Z', elapsedSeconds: 90 });
    });

    it.each([0, -5, 7 * 24 * 3600 + 1, '30', null])('400 when seconds is %j', async (seconds) => {
      const res = await sendOnFreshApp('post', '/api/twin/clock/advance', { seconds });

      expect(errorOf(res, 400).details).toStrictEqual([{ path: 'seconds', message: expect.any(String) }]);
    });
  });

  describe('POST /api/twin/reset', () => {
    it('200 with the clock back at the start and everything created since gone', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/policies').send({ name: 'gold', content: '()' }).expect(201);
      await request(app).post('/api/twin/clock/advance').send({ seconds: 600 }).expect(200);

      const res = await request(app).post('/api/twin/reset').send({});

      expect(bodyOf(res, 200, ClockSchema)).toMatchObject({ now: START, elapsedSeconds: 0 });
      const policies = PolicyListSchema.parse((await request(app).get('/api/policies')).body).items;
      expect(policies.map((p) => p.name)).toStrictEqual(['vSAN Default Storage Policy']);
    });

    it('200 with a cluster of the asked size', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/twin/reset').send({ hosts: 5, seed: 7 });

      expect(res.status).toBe(200);
      expect(HostListSchema.parse((await request(app).get('/api/hosts')).body).items).toHaveLength(5);
    });

    it('200 with Harbor 1.10 when harborVersion is 1.10, and GET /api/harbor lists its services', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/twin/reset').send({ harborVersion: '1.10' });

      expect(res.status).toBe(200);
      const harbor = HarborSchema.parse((await request(app).get('/api/harbor')).body);
      // The 1.10 layout itself is the twin's to test (layout-1x.test.ts); here it must come through the reset.
      const layout = LAYOUTS['1.10'];
      expect([harbor.layout, harbor.status, harbor.healthEndpoint]).toStrictEqual(['1.10', 'healthy', '/api/health']);
      expect(harbor.services.map((s) => [s.name, s.container, s.state])).toStrictEqual(
        layout.services.map((s) => [s.name, containerNameOf(layout, s), 'running']),
      );
      expect(harbor.services.map((s) => s.name)).toContain('registryctl');
    });

    it.each([
      [{ hosts: 2 }],
      [{ hosts: 65 }],
      [{ harborVersion: '1.8' }],
      [{ scenario: 'chaos' }],
      [{ seed: -1 }],
      [{ volumes: 20_001 }],
      [{ x: 1 }],
    ])('400 when the body is %j, and the twin is not reset', async (body) => {
      const { app } = await openTestApp();
      await request(app).post('/api/twin/clock/advance').send({ seconds: 30 }).expect(200);

      const res = await request(app).post('/api/twin/reset').send(body);

      expect(res.status).toBe(400);
      expect(ClockSchema.parse((await request(app).get('/api/twin/clock')).body).elapsedSeconds).toBe(30);
    });
  });
});
