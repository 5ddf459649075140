import { HealthSchema } from '@harborview/contracts/health';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { closeTestApps, openTestApp } from '../test/test-app';

describe('GET /api/health', () => {
  afterEach(closeTestApps);

  it('200 with status ok, the version and the twin backend', async () => {
    const { app } = await openTestApp();

    const res = await request(app).get('/api/health');

    expect(res.status).toBe(200);
    expect(HealthSchema.parse(res.body)).toStrictEqual({ status: 'ok', version: '0.0.0-test', backend: 'twin' });
  });
});
