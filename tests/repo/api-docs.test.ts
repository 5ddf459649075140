import { readFileSync } from 'node:fs';

import { API_SPEC } from '@harborview/contracts/api-routes';
import { describe, expect, it } from 'vitest';

describe('docs/api.md', () => {
  const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const documented = new Set(
    [...doc.matchAll(/^\| (GET|POST|PUT|DELETE) \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`),
  );

  it('when the route table changes, then the API page lists exactly the same routes', () => {
    const routes = new Set(API_SPEC.map((r) => `${r.method.toUpperCase()} ${r.path}`));

    expect([...documented].sort()).toStrictEqual([...routes].sort());
  });
});
