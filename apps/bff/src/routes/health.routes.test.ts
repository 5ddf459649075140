import { HealthSchema } from '@harborview/contracts/health';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { bodyOf } from '../test/api-expect';
import { closeTestApps, openTestApp } from '../test/test-app';

describe('GET /api/health', () => {
  afterEach(closeTestApps);

  it('200 with status ok, the version and the twin backend', async () => {
    const { app } = await openTestApp();

    const res = await request(app).get('/api/health');

    expect(bodyOf(res, 200, HealthSchema)).toStrictEqual({ status: 'ok', version: '0.0.0-test', backend: 'twin' });
  });
});
