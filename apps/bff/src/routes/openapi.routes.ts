import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { buildOpenApi } from '../openapi/build-openapi';

import { route } from './define-route';

/** `GET /api/openapi.json`, generated once from the shared route table and zod schemas. */
export function registerOpenApiRoutes(router: Router, { version }: Pick<AppDeps, 'version'>): void {
  let document: unknown;
  route(router, 'system.openapi', ({ res }) => {
    document ??= buildOpenApi(version);
    res.json(document);
    return undefined;
  });
}
