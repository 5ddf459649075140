import { API_SPEC } from '@harborview/contracts/api-routes';
import { describe, expect, it } from 'vitest';

import { buildOpenApi, toOpenApiPath } from './build-openapi';

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe('buildOpenApi', () => {
  const doc = buildOpenApi('1.2.3') as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  it('when built, then it is OpenAPI 3.1 with every route of the shared table', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const spec of API_SPEC) expect(doc.paths[toOpenApiPath(spec.path)]?.[spec.method]).toBeDefined();
  });

  it('when any schema refers to another, then the target exists under components', () => {
    const refs = refsIn(doc);

    expect(refs.length).toBeGreaterThan(API_SPEC.length);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z0-9]+$/);
      expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined();
    }
  });

  it('when a path has parameters, then they are declared in OpenAPI form', () => {
    const op = doc.paths['/api/hosts/{id}/disks/{diskId}/fail']?.post as { parameters: { name: string }[] };

    expect(op.parameters.map((p) => p.name)).toStrictEqual(['id', 'diskId']);
  });
});
