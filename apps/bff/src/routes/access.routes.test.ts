import { API_SPEC } from '@harborview/contracts/api-routes';
import type { RouteSpec } from '@harborview/contracts/api-spec';
import { requiredRole } from '@harborview/contracts/api-spec';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOpenApi, toOpenApiPath } from '../openapi/build-openapi';
import type { TestApp, TestSession } from '../test/test-app';
import { createTestApp } from '../test/test-app';

// One app for the whole file: every case below is refused before it reaches a handler, so nothing changes.
let t: TestApp;
let viewer: TestSession;
let operator: TestSession;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  viewer = await t.loginAs('viewer');
  operator = await t.loginAs('operator');
  admin = await t.loginAs('admin');
});
afterAll(() => t.close());

const samplePath = (path: string): string => path.replace(/:([A-Za-z]+)/g, 'sample-$1');
const label = (spec: RouteSpec): string => `${spec.method.toUpperCase()} ${spec.path}`;
const send = (app: Express, spec: RouteSpec) => request(app)[spec.method](samplePath(spec.path));

const guarded = API_SPEC.filter((spec) => requiredRole(spec) !== 'public');
const changes = API_SPEC.filter((spec) => spec.method !== 'get');
const operatorChanges = changes.filter((spec) => requiredRole(spec) === 'operator');
const adminOnly = API_SPEC.filter((spec) => requiredRole(spec) === 'admin');

function expectError(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(ErrorBodySchema.parse(res.body).error.code).toBe(code);
}

describe('access to the API, route by route from API_SPEC', () => {
  it('when the table is read, then only health and sign-in are public, and user admin and the audit need an admin', () => {
    expect(API_SPEC.filter((spec) => requiredRole(spec) === 'public').map(label)).toStrictEqual([
      'GET /api/health',
      'POST /api/session',
    ]);
    expect(adminOnly.map(label)).toEqual(
      expect.arrayContaining(['GET /api/users', 'DELETE /api/users/:username', 'GET /api/audit']),
    );
  });

  it('when the OpenAPI document is built, then each operation names its role and the session/CSRF it needs', () => {
    const { paths } = buildOpenApi('test') as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const shown = API_SPEC.map((spec) => {
      const op = paths[toOpenApiPath(spec.path)]![spec.method]!;
      return [label(spec), op['x-required-role'], op.security];
    });

    expect(shown).toStrictEqual(
      API_SPEC.map((spec) => {
        const role = requiredRole(spec);
        const security = spec.method === 'get' ? [{ session: [] }] : [{ session: [], csrf: [] }];
        return [label(spec), role, role === 'public' ? [] : security];
      }),
    );
  });

  it.each(guarded.map((spec) => [label(spec), spec] as const))('401 without a session: %s', async (_, spec) => {
    expectError(await send(t.rawApp, spec), 401, 'unauthenticated');
  });

  it('401 without a session on a path no route has, so the route table is not revealed', async () => {
    expectError(await request(t.rawApp).get('/api/no-such-route'), 401, 'unauthenticated');
  });

  it('200 without a session on the public health route', async () => {
    expect((await request(t.rawApp).get('/api/health')).status).toBe(200);
  });

  it.each(operatorChanges.concat(adminOnly).map((spec) => [label(spec), spec] as const))(
    '403 for a viewer (with a valid CSRF token): %s',
    async (_, spec) => {
      expectError(await send(t.rawApp, spec).set(viewer.headers), 403, 'forbidden');
    },
  );

  it.each(adminOnly.map((spec) => [label(spec), spec] as const))(
    '403 for an operator, naming the role needed in details.role: %s',
    async (_, spec) => {
      const res = await send(t.rawApp, spec).set(operator.headers);
      expectError(res, 403, 'forbidden');
      expect(res.body).toMatchObject({ error: { details: { role: 'admin' } } });
    },
  );

  it.each(changes.filter((s) => requiredRole(s) !== 'public').map((spec) => [label(spec), spec] as const))(
    '403 csrf_failed without the X-CSRF-Token header, even for an admin: %s',
    async (_, spec) => {
      expectError(await send(t.rawApp, spec).set('Cookie', admin.cookie), 403, 'csrf_failed');
    },
  );

  it('403 csrf_failed when the X-CSRF-Token is another session’s', async () => {
    const res = await request(t.rawApp)
      .put('/api/twin/clock')
      .set('Cookie', operator.cookie)
      .set('X-CSRF-Token', viewer.csrfToken)
      .send({ paused: true });

    expectError(res, 403, 'csrf_failed');
  });

  it('200 for a viewer on reads, and on the read-only POSTs (checks and previews)', async () => {
    const read = await request(t.rawApp).get('/api/hosts').set(viewer.headers);
    const check = await request(t.rawApp)
      .post('/api/policies/validate')
      .set(viewer.headers)
      .send({ content: '(("stripeWidth" i2))' });

    expect([read.status, check.status]).toStrictEqual([200, 200]);
  });

  it('200 for an operator changing the twin', async () => {
    const res = await request(t.rawApp).put('/api/twin/clock').set(operator.headers).send({ paused: true });

    expect(res.status).toBe(200);
  });
});
