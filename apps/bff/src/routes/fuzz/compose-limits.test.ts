import type { Server } from 'node:http';

import { ErrorBodySchema } from '@harborview/contracts/errors';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { WALKTHROUGH_MAPPINGS } from '../../integration/http-walkthrough';
import { captureApiState, closeServer, listenOnce } from '../../test/api-state';
import type { TestApp } from '../../test/test-app';
import { closeTestApps, openSetUpTestApp } from '../../test/test-app';

import { logPosition } from './state-fingerprint';

// The compose reader's limits (packages/compose/src/safe-parse.ts), as an operator would read them in the docs.
const MAX_COMPOSE_BYTES = 256 * 1024;
const MAX_NESTING_DEPTH = 64;

// Issue #8 point 5: an uploaded compose file is untrusted YAML. Oversized files, alias-expansion bombs ("billion
// laughs") and deep nesting are refused with a 4xx that says why, before they cost the server memory or minutes.

/** Nine levels of nine aliases each: ~387 million strings once expanded. */
function billionLaughs(): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let level = 1; level < 10; level += 1) {
    const previous = String.fromCharCode(96 + level);
    const next = String.fromCharCode(97 + level);
    text += `${next}: &${next} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
  }
  return `${text}services:\n  registry:\n    image: x\n    volumes: *j\n`;
}

// One anchor aliased by every service: each alias is small, but together they expand past the alias budget.
function aliasFanOut(): string {
  const services = Array.from({ length: 500 }, (_, i) => `  s${i}: *svc\n`).join('');
  return `x: &svc {image: registry, volumes: ["/data/registry:/storage"]}\nservices:\n${services}`;
}

const blockNesting = (depth: number): string =>
  `services:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')}\n`;

// Every key once; the compose reader checks for repeats in one pass (yaml's own check is quadratic).
const manyServices = (count: number): string =>
  `services:\n${Array.from({ length: count }, (_, i) => `  s${i}: {}\n`).join('')}`;

const COMPOSE_ROUTES = ['/api/harbor/compose/preview', '/api/harbor/attach', '/api/harbor/compose/mounts'];
const bodyFor = (route: string, compose: string): object =>
  route.endsWith('/mounts') ? { compose } : { compose, mappings: WALKTHROUGH_MAPPINGS, copyData: false };

let t: TestApp;
let server: Server;
let initialState: string;

beforeAll(async () => {
  t = await openSetUpTestApp();
  server = await listenOnce(t);
  initialState = await captureApiState(server, t);
}, 30_000);

afterAll(async () => {
  await closeServer(server);
  await closeTestApps();
});

describe('compose uploads with resource limits', () => {
  const cases = [
    { label: 'a billion-laughs alias bomb', compose: billionLaughs(), status: 400, reason: /aliases expand too much/i },
    { label: 'one anchor aliased by 500 services', compose: aliasFanOut(), status: 400, reason: /aliases expand/i },
    {
      label: '100 000 nested flow sequences',
      compose: `services: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      status: 400,
      reason: /nests deeper/,
    },
    {
      label: 'flow nesting one past the limit',
      compose: `services: ${'{"a":'.repeat(MAX_NESTING_DEPTH)}1${'}'.repeat(MAX_NESTING_DEPTH)}`,
      status: 400,
      reason: /nests deeper/,
    },
    { label: 'block nesting 300 deep', compose: blockNesting(300), status: 400, reason: /nests deeper/ },
    {
      label: 'a file one byte over 256 KiB',
      compose: `services: {}\n#${'x'.repeat(MAX_COMPOSE_BYTES - 13)}`,
      status: 413,
      reason: /limit is 262144 bytes/,
    },
  ];

  for (const route of COMPOSE_ROUTES) {
    it.each(cases)(`$status when $label is sent to POST ${route}, with the reason, nothing logged`, async (c) => {
      const position = logPosition(t);

      const res = await request(server).post(route).send(bodyFor(route, c.compose));

      expect(res.status, res.text.slice(0, 300)).toBe(c.status);
      expect(ErrorBodySchema.parse(res.body).error.message).toMatch(c.reason);
      expect(logPosition(t)).toBe(position);
    });
  }

  it('400 naming the line when the last of 1 000 keys in a map repeats the first', async () => {
    const compose = `${manyServices(1_000)}  s0: {}\n`;

    const res = await request(server).post('/api/harbor/compose/preview').send(bodyFor('preview', compose));

    expect(res.status, res.text.slice(0, 300)).toBe(400);
    expect(ErrorBodySchema.parse(res.body).error.message).toBe('Line 1002: Map keys must be unique');
  });

  it('when every refusal above has been answered, then the console reads the same state as before them', async () => {
    expect(await captureApiState(server, t)).toBe(initialState);
  });
});
