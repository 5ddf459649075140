import { ErrorBodySchema } from '@harborview/contracts/errors';
import {
  ComposeFileSchema,
  ComposePreviewSchema,
  HarborImageListSchema,
  HarborSchema,
  VerifyResultSchema,
} from '@harborview/contracts/harbor';
import { TaskSchema } from '@harborview/contracts/tasks';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { WALKTHROUGH_MAPPINGS } from '../integration/http-walkthrough';
import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, poster, readOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openSetUpTestApp } from '../test/test-app';

const preview = poster('/api/harbor/compose/preview');

describeRoutes('harbor routes', () => {
  describe('GET /api/harbor and /api/harbor/compose', () => {
    it('200 with Harbor 0.4.1 healthy on its bind mounts and the real registry off', async () => {
      const harbor = await readOnFreshApp('/api/harbor', HarborSchema);
      expect([harbor.status, harbor.layout, harbor.healthApi, harbor.vmId]).toStrictEqual([
        'healthy',
        '0.4.1',
        'none',
        'vm-1',
      ]);
      const registry = harbor.services.find((s) => s.name === 'registry');
      expect(registry?.mounts[0]).toMatchObject({ source: '/data/registry', target: '/storage', kind: 'bind' });
      expect(harbor.registry).toMatchObject({ url: null, process: 'unavailable' });
    });

    it('200 with the docker-compose.yml Harbor runs with', async () => {
      const file = await readOnFreshApp('/api/harbor/compose', ComposeFileSchema);
      expect([file.fileName, file.layout]).toStrictEqual(['docker-compose.yml', '0.4.1']);
      expect(file.compose).toContain('      - /data/registry:/storage');
    });
  });

  describe('POST /api/harbor/compose/preview', () => {
    it('200 with the rewritten file and its diff for the walkthrough mappings, changing nothing', async () => {
      const t = await openSetUpTestApp();
      const before = (await request(t.app).get('/api/harbor/compose')).body as unknown;

      const res = await preview(t, { mappings: WALKTHROUGH_MAPPINGS });

      const result = bodyOf(res, 200, ComposePreviewSchema);
      expect(result.diff).toContain('-      - /data/registry:/storage');
      expect(result.diff).toContain('+      - vsanvol1:/storage');
      expect(result.diff).toContain('+      - vsanvol2:/var/lib/mysql');
      expect(result.diff).toContain('+      - vsanvol3:/var/log/jobs');
      expect(result.compose).toContain('      - vsanvol1:/storage');
      expect(result.override.fileName).toMatch(/override/);
      expect((await request(t.app).get('/api/harbor/compose')).body).toStrictEqual(before);
    });

    it('422 naming the mapping when one names a service the file does not have', async () => {
      const t = await openSetUpTestApp();
      const bad = { service: 'nosuch', target: '/x', volume: 'vsanvol1' };

      const res = await preview(t, { mappings: [WALKTHROUGH_MAPPINGS[0], bad] });

      const { error } = bodyOf(res, 422, ErrorBodySchema);
      expect(error.message).toBe('mappings[1]: There is no service "nosuch" in this compose file.');
      expect(error.details).toStrictEqual([
        { mappingIndex: 1, code: 'unknown-service', message: 'There is no service "nosuch" in this compose file.' },
      ]);
    });

    it('400 when the compose text is not YAML', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { compose: 'services: [registry', mappings: [] });

      expect(errorOf(res, 400)).toMatchObject({ code: 'bad_request', message: /^Line 1: / });
    });

    it('413 when the compose text is over 256 KiB', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { compose: 'x'.repeat(256 * 1024 + 1), mappings: [] });

      expect(errorOf(res, 413).code).toBe('payload_too_large');
    });

    it('413 when the compose text is under the character limit but over 256 KiB in UTF-8', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { compose: `# ${'é'.repeat(200_000)}`, mappings: [] });

      expect(errorOf(res, 413)).toStrictEqual({
        code: 'payload_too_large',
        message: 'The file is 400002 bytes; the limit is 262144 bytes.',
      });
    });

    it('413 when the body is over 1 MB', async () => {
      const t = await openSetUpTestApp();

      const res = await preview(t, { compose: 'x'.repeat(1024 * 1024), mappings: [] });

      expect(errorOf(res, 413).code).toBe('payload_too_large');
    });

    it.each([
      ['mappings is missing', {}],
      ['a mapping has an unknown field', { mappings: [{ ...WALKTHROUGH_MAPPINGS[0], readOnly: true }] }],
      ['there are over 50 mappings', { mappings: Array(51).fill(WALKTHROUGH_MAPPINGS[0]) }],
    ])('400 when %s', async (_, body) => {
      const t = await openSetUpTestApp();

      const res = await preview(t, body);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });

  describe('POST /api/harbor/attach', () => {
    it('202 with the task when Harbor is recreated on the volumes, then its registry mounts vsanvol1', async () => {
      const t = await openSetUpTestApp();

      const res = await request(t.app).post('/api/harbor/attach').send({ mappings: WALKTHROUGH_MAPPINGS });
      await request(t.app).post('/api/twin/clock/advance').send({ seconds: 60 }).expect(200);

      expect(bodyOf(res, 202, TaskSchema)).toMatchObject({
        name: 'Apply Harbor compose file',
        details: 'docker-compose down && docker-compose up -d',
      });
      const harbor = HarborSchema.parse((await request(t.app).get('/api/harbor')).body);
      const registry = harbor.services.find((s) => s.name === 'registry');
      expect(registry?.mounts[0]).toMatchObject({
        kind: 'volume',
        volume: 'vsanvol1@vsanDatastore',
        target: '/storage',
      });
    });

    it('422 naming the mapping when its volume does not exist', async () => {
      const t = await openSetUpTestApp();
      const mappings = [WALKTHROUGH_MAPPINGS[0], { service: 'mysql', target: '/var/lib/mysql', volume: 'nope' }];

      const res = await request(t.app).post('/api/harbor/attach').send({ mappings });

      expect(errorOf(res, 422)).toStrictEqual({
        code: 'unprocessable',
        message: 'mappings[1]: volume nope does not exist: create it first',
      });
    });
  });

  describe('images', () => {
    it('200 with no images in a fresh registry', async () => {
      const res = await getOnFreshApp('/api/harbor/images');

      expect(bodyOf(res, 200, HarborImageListSchema)).toStrictEqual({ items: [] });
    });

    it('503 when images are pushed without a real registry', async () => {
      const res = await sendOnFreshApp('post', '/api/harbor/images', { count: 1 });

      expect(errorOf(res, 503).code).toBe('service_unavailable');
    });

    it.each([0, 21, 1.5, '2'])('400 when count is %j', async (count) => {
      const res = await sendOnFreshApp('post', '/api/harbor/images', { count });

      expect(errorOf(res, 400).details).toStrictEqual([{ path: 'count', message: expect.any(String) }]);
    });

    it('200 with an intact, empty result when there is nothing to verify', async () => {
      const res = await sendOnFreshApp('post', '/api/harbor/verify');

      expect(bodyOf(res, 200, VerifyResultSchema)).toStrictEqual({
        intact: true,
        images: [],
        counts: { images: 0, blobs: 0, verified: 0 },
      });
    });
  });
});
