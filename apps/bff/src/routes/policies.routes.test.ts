import { PolicyListSchema, PolicySchema, PolicyValidationSchema } from '@harborview/contracts/policies';
import { TaskListSchema } from '@harborview/contracts/tasks';
import request from 'supertest';
import { describe, expect, it } from 'vitest';

import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp, sendOnFreshApp } from '../test/route-test';
import { openSetUpTestApp, openTestApp } from '../test/test-app';

const SW2 = '(("stripeWidth" i2))';

describeRoutes('policy routes', () => {
  describe('GET /api/policies', () => {
    it('200 with only the built-in vSAN default before any policy is created', async () => {
      const res = await getOnFreshApp('/api/policies');

      expect(bodyOf(res, 200, PolicyListSchema).items).toStrictEqual([
        { name: 'vSAN Default Storage Policy', content: '()', rules: [], active: 'Unused', volumes: [], builtIn: true },
      ]);
    });
  });

  describe('POST /api/policies', () => {
    it('201 with the policy and its decoded rules when created', async () => {
      const res = await sendOnFreshApp('post', '/api/policies', { name: 'SW=2', content: SW2 });

      expect(bodyOf(res, 201, PolicySchema)).toStrictEqual({
        name: 'SW=2',
        content: SW2,
        rules: [{ key: 'stripeWidth', value: 2, description: 'Number of disk stripes per object: 2' }],
        active: 'Unused',
        volumes: [],
        builtIn: false,
      });
    });

    it('201 even for content vDVS cannot apply, because vDVS stores policies unchecked', async () => {
      const res = await sendOnFreshApp('post', '/api/policies', { name: 'wrong', content: '(("wrongKey" i50)' });

      expect(bodyOf(res, 201, PolicySchema).content).toBe('(("wrongKey" i50)');
    });

    it('409 when a policy with the name exists (vDVS message)', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/policies').send({ name: 'SW=2', content: SW2 }).expect(201);

      const res = await request(app).post('/api/policies').send({ name: 'SW=2', content: '()' });

      expect(errorOf(res, 409)).toStrictEqual({
        code: 'conflict',
        message: 'Error: Policy already exists',
      });
    });

    it('422 when the name is one policy update uses for its work files', async () => {
      const res = await sendOnFreshApp('post', '/api/policies', { name: 'gold.old', content: '()' });

      expect(errorOf(res, 422).message).toBe(
        `Error: Invalid policy name 'gold.old': names ending ".old" are used by policy update`,
      );
    });

    // Policy names are user input: ones that are Object.prototype keys must behave like any other name.
    it('201 when a policy is named __proto__, and the policy list still reads', async () => {
      const { app } = await openTestApp();

      const res = await request(app).post('/api/policies').send({ name: '__proto__', content: '()' });

      expect(res.status).toBe(201);
      expect((await request(app).get('/api/policies')).status).toBe(200);
    });

    it.each([
      ['the name is empty', { name: '', content: '()' }, 'name'],
      ['the content is over 4096 characters', { name: 'big', content: '('.repeat(4097) }, 'content'],
      ['the content is missing', { name: 'gold' }, 'content'],
    ])('400 when %s', async (_, body, field) => {
      const res = await sendOnFreshApp('post', '/api/policies', body);

      expect(errorOf(res, 400).message).toMatch(new RegExp(`^Invalid ${field}: `));
    });
  });

  describe('PUT /api/policies/:name', () => {
    it('200 with the new content when a policy is updated', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/policies').send({ name: 'SW=2', content: SW2 }).expect(201);

      const res = await request(app).put('/api/policies/SW%3D2').send({ content: '(("stripeWidth" i3))' });

      expect(bodyOf(res, 200, PolicySchema)).toMatchObject({ name: 'SW=2', content: '(("stripeWidth" i3))' });
    });

    it('200 with the old content kept, and the vDVS failure line on the task, when no volume can take the update', async () => {
      const { app } = await openSetUpTestApp();

      const res = await request(app).put('/api/policies/SW=2').send({ content: '(("hostFailuresToTolerate" i2))' });

      expect(bodyOf(res, 200, PolicySchema)).toMatchObject({ content: SW2, volumes: ['vsanvol3@vsanDatastore'] });
      const [task] = TaskListSchema.parse((await request(app).get('/api/tasks')).body).items;
      expect([task?.name, task?.details]).toStrictEqual([
        'Update vDVS policy',
        "Successfully updated: 0 volumes.\nFailed to update:     ['vsanvol3.vmdk'] volumes",
      ]);
    });

    it('404 when the policy does not exist (vDVS message)', async () => {
      const res = await sendOnFreshApp('put', '/api/policies/gold', { content: '()' });

      expect(errorOf(res, 404)).toStrictEqual({
        code: 'not_found',
        message: 'Error: Policy gold does not exist',
      });
    });

    it('409 when the new content is identical to the old (vDVS message)', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/policies').send({ name: 'SW=2', content: SW2 }).expect(201);

      const res = await request(app)
        .put('/api/policies/SW=2')
        .send({ content: ` ${SW2} ` });

      expect(errorOf(res, 409).message).toBe('Error: New policy is identical to old policy. Ignoring.');
    });

    it.each(['__proto__', 'constructor', 'toString'])(
      '404 when the policy %s does not exist, though its name is an Object.prototype key',
      async (policy) => {
        const res = await sendOnFreshApp('put', `/api/policies/${policy}`, { content: '()' });

        expect(errorOf(res, 404).message).toBe(`Error: Policy ${policy} does not exist`);
      },
    );

    it('400 when the body names the policy instead of the URL', async () => {
      const res = await sendOnFreshApp('put', '/api/policies/gold', { name: 'gold', content: '()' });

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });

  describe('DELETE /api/policies/:name', () => {
    it('204 when an unused policy is removed, and it is gone from the list', async () => {
      const { app } = await openTestApp();
      await request(app).post('/api/policies').send({ name: 'SW=2', content: SW2 }).expect(201);

      const res = await request(app).delete('/api/policies/SW%3D2');

      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      const names = PolicyListSchema.parse((await request(app).get('/api/policies')).body).items.map((p) => p.name);
      expect(names).toStrictEqual(['vSAN Default Storage Policy']);
    });

    it('409 when a policy in use is removed (vDVS names the first volume)', async () => {
      const { app } = await openSetUpTestApp();

      const res = await request(app).delete('/api/policies/SW=2');

      expect(errorOf(res, 409)).toStrictEqual({
        code: 'conflict',
        message: 'Error: Cannot remove. Policy is in use by vsanvol3.vmdk',
      });
    });

    it('404 when the policy does not exist (vDVS message)', async () => {
      const res = await sendOnFreshApp('delete', '/api/policies/gold');

      expect(errorOf(res, 404).message).toBe('Error: Policy gold does not exist');
    });
  });

  describe('POST /api/policies/validate', () => {
    it('200 with ok, the rules and the equivalent command when the content is valid', async () => {
      const res = await sendOnFreshApp('post', '/api/policies/validate', { content: SW2 });

      expect(bodyOf(res, 200, PolicyValidationSchema)).toStrictEqual({
        ok: true,
        issues: [],
        rules: [{ key: 'stripeWidth', value: 2, description: 'Number of disk stripes per object: 2' }],
        command: `vmdkops_admin.py policy create --name <name> --content '${SW2}'`,
      });
    });

    it('200 with a positioned syntax issue when the closing parenthesis is missing', async () => {
      const res = await sendOnFreshApp('post', '/api/policies/validate', { content: '(("stripeWidth" i2)' });

      const validation = bodyOf(res, 200, PolicyValidationSchema);
      expect(validation.ok).toBe(false);
      expect(validation.issues).toStrictEqual([
        {
          severity: 'error',
          code: 'syntax',
          message: "Unexpected end of content: missing ')' to close the policy",
          offset: 19,
          length: 1,
          line: 1,
          column: 20,
        },
      ]);
    });

    it('200 with the needs-5-fault-domains reason, positioned on the rule, when FTT=2 on three hosts', async () => {
      const { app } = await openTestApp();
      const content = '(("hostFailuresToTolerate" i2))';

      const res = await request(app).post('/api/policies/validate').send({ content });

      const [issue] = bodyOf(res, 200, PolicyValidationSchema).issues;
      expect(issue).toStrictEqual({
        severity: 'error',
        code: 'not-enough-fault-domains',
        message: '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3',
        offset: 1,
        length: 29,
        line: 1,
        column: 2,
      });
      expect(content.slice(issue!.offset, issue!.offset + issue!.length)).toBe('("hostFailuresToTolerate" i2)');
    });

    it('200 without changing the policy list, since validating creates nothing', async () => {
      const { app } = await openTestApp();

      await request(app).post('/api/policies/validate').send({ content: SW2 }).expect(200);

      expect(PolicyListSchema.parse((await request(app).get('/api/policies')).body).items).toHaveLength(1);
    });

    it.each([
      { content: SW2, sizeBytes: 0 },
      { content: SW2, sizeBytes: 1.5 },
      { content: 42 },
      { content: SW2, name: 'x' },
    ])('400 when the body is %j', async (body) => {
      const res = await sendOnFreshApp('post', '/api/policies/validate', body);

      expect(errorOf(res, 400).code).toBe('validation_failed');
    });
  });
});
