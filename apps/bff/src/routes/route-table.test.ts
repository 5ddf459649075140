import { API_SPEC } from '@harborview/contracts/api-routes';
import type { Express } from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';

import { toOpenApiPath } from '../openapi/build-openapi';
import { closeTestApps, openTestApp } from '../test/test-app';

// The parts of Express 5's router (router@2) this test reads; they are not in @types/express.
interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: RouteLayer[] };
  matchers?: ((path: string) => false | { path: string })[];
}

/** Every `METHOD /api/path` Express registered, read from the router stack of the /api sub-router. */
function registeredApiRoutes(app: Express): string[] {
  const stack = (app as unknown as { router: { stack: RouteLayer[] } }).router.stack;
  const mounts = stack.filter((layer) => layer.handle.stack && layer.matchers?.[0]?.('/api/x'));
  expect(mounts.map((layer) => (layer.matchers?.[0]?.('/api/x') || { path: null }).path)).toStrictEqual(['/api']);
  return mounts[0]!.handle.stack!.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => layer.route!.methods[method])
          .map((method) => `${method.toUpperCase()} /api${layer.route!.path}`)
      : [],
  );
}

const documented = API_SPEC.map((spec) => `${spec.method.toUpperCase()} ${spec.path}`);

describe('the route table', () => {
  afterEach(closeTestApps);

  it('lists every route once', () => {
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('registers exactly the routes API_SPEC documents, with the same methods and paths', async () => {
    const { app } = await openTestApp();

    const registered = registeredApiRoutes(app);

    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toStrictEqual([...documented].sort());
  });

  it('200 with an OpenAPI 3.1 document describing every route of API_SPEC', async () => {
    const { app } = await openTestApp();

    const res = await request(app).get('/api/openapi.json');

    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; info: { version: string }; paths: Record<string, object> };
    expect([doc.openapi, doc.info.version]).toStrictEqual(['3.1.0', '0.0.0-test']);
    const described = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.sort()).toStrictEqual(
      API_SPEC.map((spec) => `${spec.method.toUpperCase()} ${toOpenApiPath(spec.path)}`).sort(),
    );
  });
});
