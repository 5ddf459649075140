import request from 'supertest';
import { afterEach, describe } from 'vitest';
import type { z } from 'zod';

import { bodyOf } from './api-expect';
import type { TestApp } from './test-app';
import { closeTestApps, openTestApp } from './test-app';

/** A route test file's outer `describe`: every app its tests open is closed after each test. */
export function describeRoutes(name: string, body: () => void): void {
  describe(name, () => {
    afterEach(closeTestApps);
    body();
  });
}

/**
 * Sends one request to a fresh test app (the whole arrange-and-act of a route test on the twin as it boots), with
 * `body` as JSON when given.
 *
 * @example const res = await sendOnFreshApp('post', '/api/hosts/host-99/power', { state: 'off' });
 */
export async function sendOnFreshApp(
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  body?: unknown,
): Promise<request.Response> {
  const { app } = await openTestApp();
  const req = request(app)[method](path);
  return body === undefined ? req : req.send(body as object);
}

/** sendOnFreshApp for a GET. */
export const getOnFreshApp = (path: string): Promise<request.Response> => sendOnFreshApp('get', path);

/**
 * getOnFreshApp, then the body parsed with `schema` once the status is 200.
 *
 * @example const cluster = await readOnFreshApp('/api/cluster', ClusterSummarySchema);
 */
export async function readOnFreshApp<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  return bodyOf(await getOnFreshApp(path), 200, schema);
}

/**
 * A sender of JSON bodies to one POST route, for tests that post many bodies (some deliberately not objects).
 *
 * @example const createVolume = poster('/api/volumes'); const res = await createVolume(t, { name: 'db' });
 */
export function poster(path: string) {
  return (t: TestApp, body: unknown) =>
    request(t.app)
      .post(path)
      .send(body as object);
}
