import type { Server } from 'node:http';

import { API_SPEC } from '@harborview/contracts/api-routes';
import type { RouteSpec } from '@harborview/contracts/api-spec';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { captureApiState, closeServer, listenOnce } from '../test/api-state';
import type { TestApp } from '../test/test-app';
import { closeTestApps, openSetUpTestApp } from '../test/test-app';

import type { HostileCase } from './hostile-cases';
import { bodyCases, fillPath, ODD_SEGMENTS, paramsOf, queryCases, validBodyOf } from './hostile-cases';

// Issue: "A test sends every route malformed JSON, wrong types, unknown fields and a body over 1 MB: always 4xx,
// never 5xx, state unchanged". One twin, set up as in the walkthrough, takes every request; nothing may change it.
let t: TestApp;
let server: Server;

beforeAll(async () => {
  t = await openSetUpTestApp();
  server = await listenOnce(t);
}, 30_000);

afterAll(async () => {
  await closeServer(server);
  await closeTestApps();
});

const name = (spec: RouteSpec): string => `${spec.method.toUpperCase()} ${spec.path}`;
const logPosition = (): [number, number] => [t.twin.stream.store.latestSeq(), t.twin.stream.store.latestEventId()];

function send(c: Pick<HostileCase, 'method' | 'url' | 'body'>): request.Test {
  const req = request(server)[c.method](c.url);
  return c.body === undefined ? req : req.set('Content-Type', 'application/json').send(c.body);
}

/** Sends each case; each must be a 4xx (of the expected kind) in the error shape, with nothing logged. */
async function expectAllRejected(cases: HostileCase[]): Promise<void> {
  expect(cases.length).toBeGreaterThan(0);
  const before = await captureApiState(server, t);
  for (const c of cases) {
    const position = logPosition();
    const res = await send(c);
    const where = `${c.method.toUpperCase()} ${c.url.slice(0, 80)} with ${c.label}: ${res.status} ${res.text.slice(0, 200)}`;
    if (c.expect) expect(c.expect, where).toContain(res.status);
    expect(res.status, where).toBeGreaterThanOrEqual(400);
    expect(res.status, where).toBeLessThan(500);
    expect(ErrorBodySchema.safeParse(res.body).success, where).toBe(true);
    expect(logPosition(), where).toStrictEqual(position);
  }
  expect(await captureApiState(server, t)).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const STREAM = '/api/stream';
const withBody = API_SPEC.filter((spec) => spec.body !== undefined);
const withParams = API_SPEC.filter((spec) => paramsOf(spec).length > 0);
const withQuery = API_SPEC.filter((spec) => spec.query !== undefined);

describe('hostile input', () => {
  it.each(withBody.map((spec) => [name(spec), spec] as const))(
    '4xx for malformed JSON, wrong types, unknown fields and over 1 MB sent to %s, state unchanged',
    async (_, spec) => {
      expect(spec.body!.safeParse(validBodyOf(spec)).success).toBe(true);

      await expectAllRejected(bodyCases(spec, fillPath(spec)));
    },
    60_000,
  );

  it.each(API_SPEC.map((spec) => [name(spec), spec] as const))(
    '400 for malformed JSON and 413 for a body over 1 MB even where %s takes no body',
    async (_, spec) => {
      const url = fillPath(spec);
      const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) });

      await expectAllRejected([
        { label: 'malformed JSON', method: spec.method, url, body: '{"a":', expect: [400] },
        { label: 'a body over 1 MB', method: spec.method, url, body: big, expect: [413] },
      ]);
    },
  );

  it.each(withParams.map((spec) => [name(spec), spec] as const))(
    '4xx when %s gets odd path params (very long, unicode, .., %00, bad escapes)',
    async (_, spec) => {
      const body = validBodyOf(spec);
      const cases = paramsOf(spec).flatMap((param) =>
        ODD_SEGMENTS.map((odd) => ({
          label: `${param}=${odd.slice(0, 40)}`,
          method: spec.method,
          url: fillPath(spec, param, odd),
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })),
      );

      await expectAllRejected(cases);
    },
    60_000,
  );

  it.each(withQuery.map((spec) => [name(spec), spec] as const))('400 when %s gets a garbage query', async (_, spec) => {
    await expectAllRejected(queryCases(spec));
  });

  it('400 when GET /api/stream gets a garbage lastEventId query', async () => {
    const cases = ['abc', '-1', '1e3', '0x10', '99999999999999999', 'x'.repeat(5000)].map((id) => ({
      label: `lastEventId=${id.slice(0, 20)}`,
      method: 'get' as const,
      url: `${STREAM}?lastEventId=${id}`,
      expect: [400],
    }));

    await expectAllRejected(cases);
  });
});

// Random routes, path segments, JSON bodies and queries: whatever is sent, the answer is never a 5xx (other than a
// documented 503), errors keep their shape, and a refused request logs nothing.
describe('hostile input, generated', () => {
  const routes = API_SPEC.filter((spec) => spec.path !== STREAM);
  const segment = fc.oneof(
    fc.constantFrom('host-1', 'vm-1', 'datastore-1', 'vsanvol1', 'SW%3D2', 'host-1-dg-1-cap-1'),
    fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
    fc.string({ unit: fc.constantFrom('%', '.', '/', 'a', '0', 'E', 'F', '~', '-'), maxLength: 12 }),
  );
  const body = fc.option(fc.jsonValue({ maxDepth: 4 }), { nil: undefined });
  const query = fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 });

  it('never answers 5xx to random bodies, path segments and queries on random routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(segment, { minLength: 2, maxLength: 2 }),
        body,
        query,
        async (spec, segments, json, q) => {
          let i = 0;
          const path = spec.path.replace(/:[A-Za-z]+/g, () => segments[i++]!);
          const search = new URLSearchParams(q).toString();
          const position = logPosition();

          const res = await send({
            method: spec.method,
            url: search ? `${path}?${search}` : path,
            ...(json === undefined ? {} : { body: JSON.stringify(json) }),
          });

          const where = `${spec.method.toUpperCase()} ${path}?${search} ${JSON.stringify(json)}: ${res.status} ${res.text.slice(0, 200)}`;
          expect(res.status < 500 || spec.errors.includes(res.status), where).toBe(true);
          if (res.status >= 400) {
            expect(ErrorBodySchema.safeParse(res.body).success, where).toBe(true);
            expect(logPosition(), where).toStrictEqual(position);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
