import type { Router } from 'express';

import type { ClockBackend } from '../backend/clock-backend';
import type { VsanBackend } from '../backend/vsan-backend';
import { secondsToAdvance } from '../drills/repair-timer-end';

import { route } from './define-route';

/** Time control of the embedded twin: speed, pause, advance (up to the repair timer's end), and a fresh scenario. */
export function registerTwinRoutes(
  router: Router,
  { backend }: { backend: ClockBackend & Pick<VsanBackend, 'clusterSummary'> },
): void {
  route(router, 'twin.clock', () => backend.clock());
  route(router, 'twin.setClock', ({ body }) => backend.setClock(body));
  route(router, 'twin.advanceClock', async ({ body }) => backend.advanceClock(await secondsToAdvance(backend, body)));
  route(router, 'twin.reset', ({ body }) => backend.reset(body));
}
