import type { RouteSpec } from '@harborview/contracts/api-spec';
import fc from 'fast-check';
import type { z } from 'zod';

import type { Json } from '../hostile-cases';
import { fieldPaths, paramsOf, replaced, validBodyOf } from '../hostile-cases';

import type { RawRequest } from './raw-http';

// Generators of hostile requests for route-fuzz.test.ts. Every part can be wrong on its own: the path params, the
// query, the headers and the body, so a shrunk failure names the one part that broke the route.

const ascii = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((code) => String.fromCharCode(code));
const printable = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: ascii(0x20, 0x7e), maxLength });

// Objects that exist in the walkthrough twin, so hostile bodies and queries also reach handlers past the lookup.
const EXISTING_IDS = ['host-1', 'vm-1', 'cluster-1', 'datastore-1', 'vsanvol1', 'SW%3D2', 'host-1-dg-1-cap-1', '1'];
const NAMED_ODDITIES = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E%2F',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  'a%00b',
  '%',
  '%G1',
  '%E0%A4%A',
  '%C0%AE',
  '%ff%fe',
  '%F0%9F%9A%A2',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '',
];

/** A path parameter: an existing id, encoded unicode, raw reserved characters, a named oddity, very long, or latin1. */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...EXISTING_IDS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom(..."%./\\a0EF~-;:@+!$&'()*,=?#".split('')), maxLength: 16 }),
  },
  { weight: 2, arbitrary: fc.constantFrom(...NAMED_ODDITIES) },
  // Past Segment's 256 characters, and now and then past Node's 16 KiB header limit (431 from Node itself).
  { weight: 1, arbitrary: fc.integer({ min: 257, max: 20_000 }).map((n) => 'x'.repeat(n)) },
  // Raw bytes 0x80-0xff: Node sends them as latin1, which is not valid UTF-8 in a path.
  { weight: 1, arbitrary: fc.string({ unit: ascii(0x80, 0xff), minLength: 1, maxLength: 8 }) },
);

const QUERY_KEYS = ['after', 'limit', 'page', 'pageSize', 'sort', 'filter', 'format', 'entity', 'path', 'lastEventId'];
const QUERY_VALUES = ['', '0', '-1', '1e999', 'NaN', 'Infinity', '-0', '0x10', '1.5', '%201', '9'.repeat(400)];
const QUERY_WORDS = ['true', 'null', '[]', '{}', '%', '%zz', '%00', 'md', 'sh', 'json', 'name', '-name', 'host-1'];

/** A query string built from the route's own keys and common ones: duplicates, `a[]`, garbage numbers, bad escapes. */
export function queryString(spec: RouteSpec): fc.Arbitrary<string> {
  const own = spec.query ? Object.keys((spec.query as z.ZodObject).shape) : [];
  const key = fc.oneof(
    fc.constantFrom(...own, ...QUERY_KEYS, '__proto__', 'constructor', 'a[b]', 'a[]', 'a.b'),
    fc.constantFrom(...own, ...QUERY_KEYS).map((k) => `${k}[]`),
    printable(8).map(encodeURIComponent),
  );
  const value = fc.oneof(
    fc.constantFrom(...QUERY_VALUES, ...QUERY_WORDS),
    fc.integer().map(String),
    fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  );
  const pair = fc.oneof(
    { weight: 5, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`) },
    { weight: 1, arbitrary: key },
  );
  return fc
    .tuple(fc.array(pair, { maxLength: 6 }), fc.constantFrom('&', '&&', ';'))
    .map(([pairs, separator]) => pairs.join(separator));
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/JSON',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  '*/*',
  '',
  ';;;',
  'application/json; charset=',
  'application/json;;charset=utf-8;',
];
const LAST_EVENT_IDS = ['', 'abc', '-1', '1e3', '0x10', '99999999999999999', '0', '1', ' 1', '1 ', '0001', '1.0'];

const HEADER_VALUES: Record<string, fc.Arbitrary<string>> = {
  'content-type': fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) }, printable(40)),
  accept: fc.oneof(
    fc.constantFrom('application/json', 'text/event-stream', '*/*', 'text/html', '', ';q=x'),
    printable(30),
  ),
  'last-event-id': fc.oneof(fc.constantFrom(...LAST_EVENT_IDS), printable(30), fc.constant('7'.repeat(5000))),
  'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*;q=0', 'x-unknown'),
  'content-encoding': fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'),
  'x-forwarded-for': fc.constantFrom('10.162.102.1', 'not-an-ip', '::1, 127.0.0.1'),
  'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'GET'),
  origin: fc.constantFrom('http://evil.example', 'null'),
  'if-none-match': fc.constantFrom('*', '"x"', 'W/"0"'),
  range: fc.constantFrom('bytes=0-1', 'bytes=-1', 'bytes=x'),
};

/**
 * Headers a client may get wrong: mostly none or one, sometimes many. Cookie and X-CSRF-Token are left out on
 * purpose: sign-in has its own tests, and fuzzing them here would only turn every request into a 401/403 before it
 * reaches the route.
 */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...Object.keys(HEADER_VALUES))
      .chain((header) => HEADER_VALUES[header]!.map((value) => ({ [header]: value }))),
  },
  { weight: 1, arbitrary: fc.record(HEADER_VALUES, { requiredKeys: [] }).map((h) => h as Record<string, string>) },
);

const deepJson = (depth: number, kind: 'array' | 'object'): string =>
  kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], {}, '1gb', '-1', 'NaN'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: 1, max: 40 }).map((n) => JSON.parse(deepJson(n, 'object')) as Json),
);

// YAML pieces that stress a compose reader: anchors, aliases, merges, flow nesting, tags, odd scalars and line ends.
const YAML_TOKENS = [
  'services:',
  'volumes:',
  'version: "2"',
  '  ',
  '    ',
  '\n',
  '\r\n',
  '\t',
  '- ',
  ': ',
  '&a ',
  '*a',
  '<<: *a',
  '&b [*a, *a, *a, *a]',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '!!binary ',
  '!!python/object/apply:os.system ',
  '!!js/function ',
  '? ',
  '|',
  '>-',
  '# c',
  '---',
  '...',
  '%YAML 1.2',
  'registry:',
  '/data/registry:/storage',
  'image: library/registry:2.5.0',
  '~',
  'null',
  '\u0000',
  '\uFEFF',
  'x'.repeat(1000),
];

/** A YAML-like text: random tokens, or Harbor's own compose file with a token spliced in somewhere. */
export function composeText(harborCompose: string): fc.Arbitrary<string> {
  const token = fc.constantFrom(...YAML_TOKENS);
  return fc.oneof(
    fc.array(token, { maxLength: 80 }).map((parts) => parts.join('')),
    fc
      .tuple(fc.nat(harborCompose.length), fc.nat(200), fc.array(token, { minLength: 1, maxLength: 5 }))
      .map(([at, cut, parts]) => harborCompose.slice(0, at) + parts.join('') + harborCompose.slice(at + cut)),
  );
}

type Mutation =
  | { op: 'keep' }
  | { op: 'set'; path: (string | number)[]; value: Json }
  | { op: 'add'; key: string; value: Json }
  | { op: 'drop'; path: (string | number)[] }
  | { op: 'compose'; text: string }
  | { op: 'huge'; path: (string | number)[]; length: number };

function mutate(valid: Json, mutation: Mutation): Json {
  switch (mutation.op) {
    case 'keep':
      return valid;
    case 'set':
      return replaced(valid, mutation.path, mutation.value);
    case 'add':
      return { ...(valid as Record<string, Json>), [mutation.key]: mutation.value };
    case 'drop': {
      const copy = structuredClone(valid) as Record<string, Json>;
      delete copy[String(mutation.path[0])];
      return copy;
    }
    case 'compose':
      return { ...(valid as Record<string, Json>), compose: mutation.text };
    case 'huge':
      return replaced(valid, mutation.path, 'x'.repeat(mutation.length));
  }
}

// Huge strings stay rare: a few near and past the 1 MB body limit per route is enough to find a limit that is off.
const HUGE_LENGTHS = [64 * 1024, 300 * 1024, 1024 * 1024 + 1];

// A value of the same JSON type as the one it replaces, so the body still parses and the handler's own checks run.
function sameType(value: Json): fc.Arbitrary<Json> {
  if (typeof value === 'string') return fc.oneof(fc.constantFrom(...EXISTING_IDS, '', '1gb', '0'), fc.string());
  if (typeof value === 'number') return fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -1));
  if (typeof value === 'boolean') return fc.boolean();
  return wrongValue;
}

const at = (value: Json, path: (string | number)[]): Json =>
  path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, value);

/**
 * A route's valid body, kept or changed in one way: a field given another value of its type, retyped, added,
 * dropped or made huge, or (where there is one) the compose file replaced.
 */
function mutatedBody(spec: RouteSpec, harborCompose: string): fc.Arbitrary<Json> | null {
  const valid = validBodyOf(spec);
  if (valid === undefined || valid === null || typeof valid !== 'object' || Array.isArray(valid)) return null;
  const paths = fieldPaths(valid);
  const ops: fc.Arbitrary<Mutation>[] = [
    fc.constant({ op: 'keep' as const }),
    fc.record({
      op: fc.constant('add' as const),
      key: fc.oneof(printable(10), fc.constantFrom('__proto__', 'constructor', 'extra')),
      value: wrongValue,
    }),
  ];
  if (paths.length > 0) {
    const path = fc.constantFrom(...paths);
    ops.push(
      path.chain((p) => sameType(at(valid, p)).map((value) => ({ op: 'set' as const, path: p, value }))),
      path.chain((p) => sameType(at(valid, p)).map((value) => ({ op: 'set' as const, path: p, value }))),
      fc.record({ op: fc.constant('set' as const), path, value: wrongValue }),
      fc.record({ op: fc.constant('drop' as const), path }),
      fc.record({ op: fc.constant('huge' as const), path, length: fc.constantFrom(...HUGE_LENGTHS) }),
    );
  }
  if ('compose' in valid) ops.push(composeText(harborCompose).map((text) => ({ op: 'compose' as const, text })));
  return fc.oneof(...ops).map((m) => mutate(valid, m));
}

/** A request body: none, random JSON, a mutated valid body, deep nesting, not JSON at all, or random bytes. */
export function hostileBody(spec: RouteSpec, harborCompose: string): fc.Arbitrary<Buffer | undefined> {
  const text = (arb: fc.Arbitrary<string>): fc.Arbitrary<Buffer> => arb.map((s) => Buffer.from(s, 'utf8'));
  const mutated = mutatedBody(spec, harborCompose);
  return fc.oneof(
    { weight: mutated ? 1 : 8, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: text(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))) },
    ...(mutated ? [{ weight: 6, arbitrary: text(mutated.map((v) => JSON.stringify(v))) }] : []),
    {
      weight: 1,
      arbitrary: text(
        fc
          .tuple(fc.integer({ min: 50, max: 5_000 }), fc.constantFrom('array' as const, 'object' as const))
          .map(([depth, kind]) => deepJson(depth, kind)),
      ),
    },
    { weight: 1, arbitrary: text(fc.string({ unit: 'binary', maxLength: 200 })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
  );
}

const ODD_METHODS = ['head', 'options', 'patch', 'trace'];

/** A whole hostile request to one route: its params filled with hostile segments, plus query, headers and body. */
export function hostileRequest(spec: RouteSpec, harborCompose: string): fc.Arbitrary<RawRequest> {
  const params = paramsOf(spec).length;
  return fc
    .record({
      segments: fc.array(pathSegment, { minLength: params, maxLength: params }),
      query: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, queryString(spec)),
      headers: hostileHeaders,
      body: hostileBody(spec, harborCompose),
      method: fc.oneof({ weight: 12, arbitrary: fc.constant(spec.method) }, fc.constantFrom(...ODD_METHODS)),
      chunked: fc.boolean(),
      // Most bodies are sent as JSON so they get past the media-type check and reach the parser and the schema.
      jsonType: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
    })
    .map(({ segments, query, headers, body, method, chunked, jsonType }) => {
      let i = 0;
      const path = spec.path.replace(/:[A-Za-z]+/g, () => segments[i++] ?? '');
      const sent = body !== undefined && jsonType ? { ...headers, 'content-type': 'application/json' } : headers;
      return {
        method: method.toUpperCase(),
        path: query === undefined ? path : `${path}?${query}`,
        headers: sent,
        ...(body === undefined ? {} : { body, chunked }),
      };
    });
}

/** For `GET /api/stream`: only the query and headers vary (it has no params or body). */
export function hostileStreamRequest(spec: RouteSpec): fc.Arbitrary<RawRequest> {
  return fc.record({ query: queryString(spec), headers: hostileHeaders }).map(({ query, headers }) => ({
    method: 'GET',
    path: `${spec.path}?${query}`,
    headers,
  }));
}
