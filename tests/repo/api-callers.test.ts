import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { API_SPEC } from '@harborview/contracts/api-routes';
import { describe, expect, it } from 'vitest';

const WEB_SRC = new URL('../../apps/web/src/', import.meta.url).pathname;

/** Every non-test source file of the console. */
function webSources(dir = WEB_SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : webSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the web client of the route table', () => {
  // A route is called through callApi(id, …) or read through the query helpers that take its id second
  // (routeQueryOptions(key, id), listQueryOptions(key, id)); comments (JSDoc examples) are left out first.
  const ROUTE_CALL = /\b(?:callApi\(\s*|(?:routeQueryOptions|listQueryOptions)\([^;']*?,\s*)'([\w.]+)'/g;
  const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const calls = webSources().flatMap((file) =>
    [...withoutComments(readFileSync(file, 'utf8')).matchAll(ROUTE_CALL)].map((m) => ({ id: m[1]!, file })),
  );

  it('when the console calls a route, then it names a route of API_SPEC', () => {
    const ids = new Set(API_SPEC.map((spec) => spec.id));

    expect(calls.filter((call) => !ids.has(call.id))).toStrictEqual([]);
  });

  it('when a route is called, then exactly one fetcher calls it (other slices import that fetcher)', () => {
    const callers = new Map<string, string[]>();
    for (const { id, file } of calls) callers.set(id, [...(callers.get(id) ?? []), file.slice(WEB_SRC.length)]);

    expect(calls.length).toBeGreaterThan(55);
    expect([...callers].filter(([, files]) => files.length > 1)).toStrictEqual([]);
  });
});
