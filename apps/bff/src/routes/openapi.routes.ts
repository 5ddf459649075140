import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { buildOpenApi } from '../openapi/build-openapi';

/** `GET /api/openapi.json`, generated once from the shared route table and zod schemas. */
export function registerOpenApiRoutes(router: Router, { version }: AppDeps): void {
  let document: unknown;
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApi(version);
    res.json(document);
  });
}
