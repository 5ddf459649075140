import { readdirSync, readFileSync } from 'node:fs';

import { API_SPEC, ROUTE_BY_ID } from '@harborview/contracts/api-routes';
import { pathParamNames } from '@harborview/contracts/api-spec';
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

  it('when a route is looked up by its id, then it is the one route with that id', () => {
    const ids = API_SPEC.map((spec) => spec.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of API_SPEC) expect(ROUTE_BY_ID[spec.id as keyof typeof ROUTE_BY_ID]).toBe(spec);
  });

  it('when a path has parameters, then its params schema parses exactly those, each a bounded string', () => {
    for (const spec of API_SPEC) {
      const names = pathParamNames(spec.path);
      const sample = Object.fromEntries(names.map((name) => [name, 'x']));

      expect(spec.params === undefined, spec.id).toBe(names.length === 0);
      if (!spec.params) continue;
      expect(spec.params.parse({ ...sample, extra: 'y' }), spec.id).toStrictEqual(sample);
      for (const name of names) {
        expect(spec.params.safeParse({ ...sample, [name]: 'x'.repeat(257) }).success, spec.id).toBe(false);
        expect(spec.params.safeParse({ ...sample, [name]: '' }).success, spec.id).toBe(false);
      }
    }
  });

  it('when a route module is read, then it registers through route() and never parses its own input', () => {
    const dirs = ['./', '../runbook/'].map((dir) => new URL(dir, import.meta.url));
    const modules = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.routes.ts'))
        .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') })),
    );

    expect(modules.length).toBeGreaterThanOrEqual(16);
    for (const { name, text } of modules) {
      expect(text, name).not.toMatch(/\brouter\.(get|post|put|delete|use)\(/);
      expect(text, name).not.toMatch(/req\.(body|query|params)\b/);
    }
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
