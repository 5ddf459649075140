import { AdvanceClockBodySchema, PutClockBodySchema, ResetTwinBodySchema } from '@harborview/contracts/clock';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import { secondsToAdvance } from '../drills/repair-timer-end';

/** Time control of the embedded twin: speed, pause, advance, and a fresh scenario. */
export function registerTwinRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/twin/clock', async (_req, res) => {
    res.json(await backend.clock());
  });
  router.put('/twin/clock', async (req, res) => {
    res.json(await backend.setClock(PutClockBodySchema.parse(req.body)));
  });
  router.post('/twin/clock/advance', async (req, res) => {
    const seconds = await secondsToAdvance(backend, AdvanceClockBodySchema.parse(req.body));
    res.json(await backend.advanceClock(seconds));
  });
  router.post('/twin/reset', async (req, res) => {
    res.json(await backend.reset(ResetTwinBodySchema.parse(req.body ?? {})));
  });
}
