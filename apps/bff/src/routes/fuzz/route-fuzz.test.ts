import type { Server } from 'node:http';
import { Agent } from 'node:http';

import { API_SPEC } from '@harborview/contracts/api-routes';
import type { RouteSpec } from '@harborview/contracts/api-spec';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import { CSRF_HEADER, SESSION_COOKIE } from '@harborview/contracts/session';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { waitFor } from '../../registry/registry-test-kit';
import { closeServer, listenOnce } from '../../test/api-state';
import type { TestApp } from '../../test/test-app';
import { closeTestApps, openSetUpTestApp } from '../../test/test-app';

import { hostileRequest, hostileStreamRequest } from './fuzz-inputs';
import type { RawRequest, RawResponse } from './raw-http';
import { sendRaw } from './raw-http';
import { logPosition, stateFingerprint } from './state-fingerprint';

// Issue #8 point 5: every route of API_SPEC gets random and malformed path params, queries, headers and bodies.
// Whatever arrives: never a 5xx (other than a documented 503), never a crash, and a refused request changes nothing.
// Reproducible: a fixed seed per route, derived from the run's property seed (tests/property-seed/; FUZZ_SEED, when
// set, moves them all instead); fast-check prints the seed and path of a failure, and
// `FUZZ_SEED=<seed> FUZZ_RUNS=<n> npx vitest run apps/bff/src/routes/fuzz` replays it.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? fc.readConfigureGlobal().seed);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
// Every Nth request is also checked against the full state fingerprint (a dozen GETs), the rest by log position.
const DEEP_CHECK_EVERY = 15;
const STREAM = '/api/stream';

let t: TestApp;
let server: Server;
let agent: Agent;
let harborCompose: string;
let session: Record<string, string>;

/**
 * A fresh admin session for the fuzz's own requests. The fuzz never sends Cookie or X-CSRF-Token itself, so these
 * always apply; a well-formed `DELETE /api/session` among the cases signs it out, and the next route starts anew.
 */
function renewSession(): void {
  const { token, session: created } = t.auth.sessions.create('admin');
  session = { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: created.csrfToken };
}
const signedIn = (req: RawRequest): RawRequest => ({ ...req, headers: { ...session, ...req.headers } });

beforeAll(async () => {
  t = await openSetUpTestApp();
  server = await listenOnce(t);
  agent = new Agent({ keepAlive: true, maxSockets: 1 });
  renewSession();
  const compose = await sendRaw(server, agent, signedIn({ method: 'GET', path: '/api/harbor/compose', headers: {} }));
  harborCompose = (JSON.parse(compose.text) as { compose: string }).compose;
}, 30_000);

afterAll(async () => {
  agent.destroy();
  await closeServer(server);
  await closeTestApps();
});

const name = (spec: RouteSpec): string => `${spec.method.toUpperCase()} ${spec.path}`;

/** The route's own seed: stable per route, so adding a route does not reshuffle every other route's cases. */
function seedOf(spec: RouteSpec): number {
  let hash = FUZZ_SEED | 0;
  for (const char of name(spec)) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash >>> 0;
}

function describeExchange(spec: RouteSpec, req: RawRequest, res: RawResponse): string {
  const body = req.body === undefined ? '' : ` body(${req.body.length}) ${req.body.toString('utf8', 0, 200)}`;
  return (
    `[${name(spec)} seed ${seedOf(spec)}] ${req.method} ${req.path.slice(0, 200)} ` +
    `headers ${JSON.stringify(req.headers).slice(0, 300)}${body} → ${res.status} ${res.text.slice(0, 300)}`
  );
}

/** A 5xx is allowed only where the route documents it (503: the registry is not running in route tests). */
function expectNoServerError(spec: RouteSpec, res: RawResponse, where: string): void {
  if (res.status >= 500) expect(spec.errors, where).toContain(res.status);
  expect(res.status, where).toBeGreaterThanOrEqual(200);
}

function expectErrorShape(req: RawRequest, res: RawResponse, where: string): void {
  // Node answers a few malformed requests itself (431 for a request line over 16 KiB): those carry no JSON; nor
  // does any answer to HEAD.
  if (req.method === 'HEAD' || !res.contentType.startsWith('application/json')) return;
  expect(ErrorBodySchema.safeParse(JSON.parse(res.text)).success, where).toBe(true);
}

async function expectHealthy(): Promise<void> {
  const health = await sendRaw(server, agent, signedIn({ method: 'GET', path: '/api/health', headers: {} }));
  expect(health.status).toBe(200);
}

describe('route fuzz (fast-check, fixed seeds)', () => {
  // A reset that happens to be well-formed replaces the walkthrough twin every later route would be fuzzed against.
  const last = (spec: RouteSpec): number => (spec.path === '/api/twin/reset' ? 1 : 0);
  const routes = API_SPEC.filter((spec) => spec.path !== STREAM).sort((a, b) => last(a) - last(b));

  it.each(routes.map((spec) => [name(spec), spec] as const))(
    'never 5xx and state unchanged after every refusal when %s gets hostile params, queries, headers and bodies',
    async (_, spec) => {
      renewSession();
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(hostileRequest(spec, harborCompose), async (req) => {
          sent += 1;
          const deep = sent % DEEP_CHECK_EVERY === 0;
          const position = logPosition(t);
          const fingerprint = deep ? await stateFingerprint(server, agent, t, session) : '';

          const res = await sendRaw(server, agent, signedIn(req));

          const where = describeExchange(spec, req, res);
          expectNoServerError(spec, res, where);
          if (res.status < 400) return;
          expectErrorShape(req, res, where);
          expect(logPosition(t), where).toBe(position);
          if (deep) expect(await stateFingerprint(server, agent, t, session), where).toBe(fingerprint);
        }),
        { numRuns: RUNS, seed: seedOf(spec) },
      );

      await expectHealthy();
    },
    60_000,
  );

  it('never 5xx and no session left open when GET /api/stream gets hostile queries and headers', async () => {
    const spec = API_SPEC.find((s) => s.path === STREAM)!;
    renewSession();
    await fc.assert(
      fc.asyncProperty(hostileStreamRequest(spec), async (req) => {
        const position = logPosition(t);

        // The stream never ends: read the status line, then hang up at once.
        const res = await sendRaw(server, agent, signedIn(req), true);

        const where = describeExchange(spec, req, res);
        expectNoServerError(spec, res, where);
        expect(res.status === 200 || res.status >= 400, where).toBe(true);
        expect(logPosition(t), where).toBe(position);
      }),
      { numRuns: RUNS * 2, seed: seedOf(spec) },
    );

    // Every hung-up client was noticed and unsubscribed.
    await waitFor('every SSE session to close', () => t.twin.stream.hub.size === 0, 5_000);
    await expectHealthy();
  }, 60_000);
});
