import { readFileSync } from 'node:fs';

import { ComposeMountListSchema } from '@harborview/contracts/compose-mounts';
import request from 'supertest';
import { expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, sendOnFreshApp } from '../test/route-test';
import { openTestApp } from '../test/test-app';

const HARBOR_211 = readFileSync(
  new URL('../../../../../shared/fixtures/harbor-2.11.0-docker-compose.yml', import.meta.url),
  'utf8',
);

const mounts = (compose?: string) => async () => {
  const { app } = await openTestApp();
  return request(app)
    .post('/api/harbor/compose/mounts')
    .send(compose === undefined ? {} : { compose });
};

describeRoutes('POST /api/harbor/compose/mounts', () => {
  it("200 with Harbor 0.4.1's own data mounts when no compose is sent", async () => {
    const res = await mounts()();

    const list = bodyOf(res, 200, ComposeMountListSchema);
    expect(list.layout.family).toBe('0.4');
    const data = list.mounts.filter((m) => m.kind === 'bind' && m.source?.startsWith('/data'));
    expect(data.map((m) => `${m.service} ${m.source}:${m.target}`)).toStrictEqual([
      'registry /data/registry:/storage',
      'mysql /data/database:/var/lib/mysql',
      'jobservice /data/job_logs:/var/log/jobs',
    ]);
  });

  it('200 with single-file binds flagged when a 2.x file is pasted', async () => {
    const res = await mounts(HARBOR_211)();

    const list = bodyOf(res, 200, ComposeMountListSchema);
    expect(list.layout.family).toBe('2.x');
    expect(list.mounts.some((m) => m.singleFile && m.source === '/data/secret/registry/root.crt')).toBe(true);
    expect(list.mounts.filter((m) => m.target === '/storage').map((m) => m.service)).toStrictEqual([
      'registry',
      'registryctl',
    ]);
  });

  it('400 when the text is not YAML', async () => {
    const res = await mounts('services: [unclosed')();

    expect(errorOf(res, 400).message).not.toBe('');
  });

  it('422 when the YAML is not a compose file', async () => {
    const res = await mounts('just: a map\n')();

    expect(res.status).toBe(422);
  });

  it('413 when the file is over 256 KiB', async () => {
    const res = await mounts(`# ${'x'.repeat(300 * 1024)}\nservices: {}\n`)();

    expect(res.status).toBe(413);
  });

  it('400 when the body has unknown keys', async () => {
    const res = await sendOnFreshApp('post', '/api/harbor/compose/mounts', { yaml: 'x' });

    expect(res.status).toBe(400);
  });
});
