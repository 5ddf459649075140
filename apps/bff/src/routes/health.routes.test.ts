import { HealthSchema } from '@harborview/contracts/health';
import { expect, it } from 'vitest';

import { bodyOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp } from '../test/route-test';

describeRoutes('GET /api/health', () => {
  it('200 with status ok, the version and the twin backend', async () => {
    const res = await getOnFreshApp('/api/health');

    expect(bodyOf(res, 200, HealthSchema)).toStrictEqual({ status: 'ok', version: '0.0.0-test', backend: 'twin' });
  });
});
