import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { secondsToAdvance } from '../drills/repair-timer-end';

import { route } from './define-route';

/** Time control of the embedded twin: speed, pause, advance, and a fresh scenario. */
export function registerTwinRoutes(router: Router, { backend }: AppDeps): void {
  route(router, 'twin.clock', () => backend.clock());
  route(router, 'twin.setClock', ({ body }) => backend.setClock(body));
  route(router, 'twin.advanceClock', async ({ body }) => backend.advanceClock(await secondsToAdvance(backend, body)));
  route(router, 'twin.reset', ({ body }) => backend.reset(body));
}
