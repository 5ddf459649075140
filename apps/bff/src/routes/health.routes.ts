import type { Health } from '@harborview/contracts/health';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

/** `GET /api/health`: liveness plus which backend answers. */
export function registerHealthRoutes(router: Router, deps: AppDeps): void {
  router.get('/health', (_req, res) => {
    const body: Health = { status: 'ok', version: deps.version, backend: deps.backend.kind };
    res.json(body);
  });
}
