import type { Health } from '@harborview/contracts/health';
import type { Router } from 'express';

import type { ConsoleBackend } from '../backend/backend';

import { route } from './define-route';

/** `GET /api/health`: liveness plus which backend answers. */
export function registerHealthRoutes(
  router: Router,
  deps: { version: string; backend: Pick<ConsoleBackend, 'kind'> },
): void {
  route(router, 'system.health', (): Health => ({ status: 'ok', version: deps.version, backend: deps.backend.kind }));
}
