import { parse as parseQuery } from 'node:querystring';

import type { RouteSpec } from '@harborview/contracts/api-spec';
import type { z } from 'zod';

import { WALKTHROUGH_MAPPINGS } from '../integration/http-walkthrough';

/** One hostile request: where it goes, the raw body (JSON text) if any, and what it is meant to break. */
export interface HostileCase {
  label: string;
  method: RouteSpec['method'];
  url: string;
  body?: string;
  /** Statuses this kind of rejection must have; any 4xx when absent. */
  expect?: number[];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const key = (spec: RouteSpec): string => `${spec.method.toUpperCase()} ${spec.path}`;

/** A well-formed body for every route with a body schema (the test checks each one parses). */
export const VALID_BODIES: Record<string, Json> = {
  'PUT /api/cluster/ha': { enabled: true },
  'PUT /api/cluster/vsan': { repairDelaySeconds: 600 },
  'POST /api/hosts/:id/power': { state: 'off' },
  'POST /api/policies': { name: 'gold', content: '(("stripeWidth" i2))' },
  'PUT /api/policies/:name': { content: '(("stripeWidth" i3))' },
  'POST /api/policies/validate': { content: '()', sizeBytes: 1024 },
  'POST /api/volumes': { name: 'db', opts: { size: '1gb' } },
  'POST /api/volumes/placement-preview': { name: 'db', opts: { size: '1gb' } },
  'POST /api/harbor/compose/preview': { compose: 'services: {}', mappings: WALKTHROUGH_MAPPINGS, copyData: false },
  'POST /api/harbor/compose/mounts': { compose: 'services: {}' },
  'POST /api/harbor/attach': { compose: 'services: {}', mappings: WALKTHROUGH_MAPPINGS, copyData: false },
  'POST /api/harbor/images': { count: 1 },
  'POST /api/setup/vib': { hostId: 'host-1' },
  'POST /api/setup/plugin': { vmId: 'vm-1' },
  'PUT /api/twin/clock': { speed: 10, paused: true },
  'POST /api/twin/clock/advance': { seconds: 10 },
  'POST /api/twin/reset': { scenario: 'walkthrough', seed: 1, hosts: 3, volumes: 0 },
  'POST /api/drills/preflight': { fault: { type: 'host-power-off', hostId: 'host-1' } },
  'POST /api/drills': { fault: { type: 'host-power-off', hostId: 'host-1' }, confirm: ['Harbor registry'] },
  'POST /api/drills/:id/recover': {},
  'POST /api/session': { username: 'admin', password: 'not-the-password' },
  'PUT /api/session/presenter': { active: true },
  'PUT /api/session/password': { currentPassword: 'not-the-password', newPassword: 'long-enough-1' },
  'POST /api/users': { username: 'dana', role: 'viewer', password: 'long-enough-1' },
  'PUT /api/users/:username': { role: 'operator' },
};

export const validBodyOf = (spec: RouteSpec): Json | undefined => VALID_BODIES[key(spec)];

// Existing objects, keyed by the path up to their param, so the hostile part is what gets a request refused.
const PARAM_SAMPLES: Record<string, string> = {
  '/api/hosts/:id': 'host-1',
  '/api/hosts/:id/disks/:diskId': 'host-1-dg-1-cap-1',
  '/api/vms/:id': 'vm-1',
  '/api/clusters/:id': 'cluster-1',
  '/api/datastores/:id': 'datastore-1',
  '/api/policies/:name': 'SW%3D2',
  '/api/volumes/:name': 'vsanvol1',
  '/api/alarms/:id': '1',
  '/api/users/:username': 'viewer-user',
  '/api/drills/:id': 'drill-1',
};

/** The route's path with every `:param` filled with an existing object, or `odd` for the one named `oddParam`. */
export function fillPath(spec: RouteSpec, oddParam?: string, odd?: string): string {
  return spec.path.replace(/:([A-Za-z]+)/g, (param: string, name: string, offset: number) => {
    if (name === oddParam && odd !== undefined) return odd;
    const sample = PARAM_SAMPLES[spec.path.slice(0, offset + param.length)];
    if (sample === undefined) throw new Error(`no sample for ${param} in ${spec.path}`);
    return sample;
  });
}

export const paramsOf = (spec: RouteSpec): string[] => [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);

const deep = (depth: number): Json => (depth === 0 ? 'bottom' : { a: deep(depth - 1) });
const WRONG_VALUES: Json[] = [[], {}, 0, -1, 1.5, 1e308, null, true, '', 'x'.repeat(5000), [[[['deep']]]], deep(64)];

/** Every (path, value) in a JSON value, two levels deep: the fields a mistyped body can hit. */
export function fieldPaths(value: Json, depth = 0): (string | number)[][] {
  if (depth > 2 || value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.slice(0, 1).map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[k], ...fieldPaths(v, depth + 1).map((rest) => [k, ...rest])]);
}

/** A copy of `value` with the field at `path` set to `next`. */
export function replaced(value: Json, path: (string | number)[], next: Json): Json {
  const [head, ...rest] = path;
  const copy = structuredClone(value) as Record<string | number, Json>;
  copy[head!] = rest.length === 0 ? next : replaced(copy[head!]!, rest, next);
  return copy as Json;
}

/** (a) malformed JSON, (b) wrong types, (c) unknown fields, (d) over 1 MB, for a route with a body schema. */
export function bodyCases(spec: RouteSpec, url: string): HostileCase[] {
  const schema = spec.body as z.ZodType;
  const valid = validBodyOf(spec)!;
  const at = (label: string, body: string, expect?: number[]): HostileCase => ({
    label,
    method: spec.method,
    url,
    body,
    ...(expect ? { expect } : {}),
  });
  const malformed = ['{', '{"a":', '{"a":1,}', "{'a':1}", '[1,2', 'undefined', '{"a":1}garbage', 'NaN', '\u0000'];
  const wholeBody = ['[]', '42', '"text"', 'null', 'true', '[{}]', `${'['.repeat(10_000)}${']'.repeat(10_000)}`];
  const mistyped = fieldPaths(valid).flatMap((path) =>
    WRONG_VALUES.map((wrong) => replaced(valid, path, wrong))
      .filter((body) => !schema.safeParse(body).success)
      .map((body) =>
        at(`wrong type at ${path.join('.')}: ${JSON.stringify(body).slice(0, 80)}`, JSON.stringify(body), [400]),
      ),
  );
  const fields = valid as Record<string, Json>;
  return [
    ...malformed.map((text) => at(`malformed JSON ${JSON.stringify(text)}`, text, [400])),
    ...wholeBody.map((text) => at(`whole body ${text.slice(0, 20)}`, text, [400])),
    ...mistyped,
    at('an unknown field', JSON.stringify({ ...fields, extra: 1 }), [400]),
    at('a __proto__ field', `{"__proto__":{"polluted":true},${JSON.stringify(fields).slice(1)}`, [400]),
    at('a constructor field', JSON.stringify({ ...fields, constructor: { prototype: { polluted: true } } }), [400]),
    at('a body over 1 MB', JSON.stringify({ ...fields, pad: 'x'.repeat(1024 * 1024) }), [413]),
  ];
}

/** Path segments no id or name can be, already in their on-the-wire form. */
export const ODD_SEGMENTS: string[] = [
  'x'.repeat(300),
  encodeURIComponent('é'.repeat(1000)),
  encodeURIComponent('🚢 vSAN 漢字'),
  '..',
  '%2e%2e',
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('\r\nX-Injected: 1'),
  '__proto__',
  'constructor',
];

/** Garbage queries the route's query schema refuses (checked with the same parser Express uses). */
export function queryCases(spec: RouteSpec): HostileCase[] {
  const schema = spec.query as z.ZodObject;
  const url = fillPath(spec);
  const keys = Object.keys(schema.shape);
  const candidates = [
    'zzz=1',
    '__proto__=1',
    'constructor=x',
    ...keys.flatMap((k) =>
      ['abc', '-1', '0', '1e999', 'NaN', 'bogus', '..', 'x'.repeat(5000)]
        .map((v) => `${k}=${v}`)
        .concat(`${k}=1&${k}=2`, `${k}[a]=1`),
    ),
  ];
  return candidates
    .filter((q) => !schema.safeParse(parseQuery(q)).success)
    .map((q) => ({ label: `query ${q.slice(0, 60)}`, method: spec.method, url: `${url}?${q}`, expect: [400] }));
}
