import { API_SPEC } from '@harborview/contracts/api-routes';
import { describe, expect, it } from 'vitest';

import { createRouteLookup } from './route-lookup';

const lookup = createRouteLookup(API_SPEC);
const samplePath = (path: string): string => path.replace(/:([A-Za-z]+)/g, 'sample-$1');

describe('the route lookup the auth guard uses', () => {
  it.each(API_SPEC.map((spec) => [`${spec.method.toUpperCase()} ${spec.path}`, spec] as const))(
    'when asked for %s with sample parameters, then it finds that very route',
    (_, spec) => {
      expect(lookup(spec.method, samplePath(spec.path))?.spec).toBe(spec);
    },
  );

  it('when a fixed segment could also be a parameter, then the fixed route wins', () => {
    expect(lookup('POST', '/api/policies/validate')?.spec.path).toBe('/api/policies/validate');
  });

  it('when the path has a trailing slash, other letter case or encoded parameters, then it matches as Express would', () => {
    expect(lookup('GET', '/api/HOSTS/')?.spec.path).toBe('/api/hosts');
    expect(lookup('HEAD', '/api/hosts')?.spec.path).toBe('/api/hosts');
    expect(lookup('GET', '/api/volumes/vsanvol1%40vsanDatastore')?.params).toStrictEqual({
      name: 'vsanvol1@vsanDatastore',
    });
  });

  it('when no route has that method and path, then it finds nothing', () => {
    expect(lookup('PATCH', '/api/hosts')).toBeUndefined();
    expect(lookup('GET', '/api/hosts/a/b/c')).toBeUndefined();
  });
});
