import { PutClockBodySchema } from '@harborview/contracts/clock';
import type { Drill, DrillFrame, DrillPreflight, DrillReplay } from '@harborview/contracts/drills';
import { CreateDrillBodySchema, DrillPreflightBodySchema } from '@harborview/contracts/drills';
import type { ErrorBody } from '@harborview/contracts/errors';
import { API_ROUTES } from '@harborview/contracts/routes';
import type { HttpHandler } from 'msw';
import { http, HttpResponse } from 'msw';

import { drillFixture, drillSummaryFixture, frameFixture, preflightFixture, replayFixture } from './drill-fixtures';
import { clockFixture } from './harbor-fixtures';
import { walkthroughState } from './walkthrough';

export interface DrillScenario {
  preflight?: DrillPreflight;
  drill?: Drill;
  replay?: DrillReplay;
  /** What GET /api/failover/topology answers (before the fault by default). */
  frame?: DrillFrame;
  /** Bodies the write routes received, for assertions. */
  received?: { path: string; body: unknown }[];
}

const invalid = (message: string) =>
  HttpResponse.json({ error: { code: 'validation_failed', message } } satisfies ErrorBody, { status: 400 });

/**
 * The drill routes answering from one scenario, as the BFF does: preflight is a dry run, POST /api/drills refuses
 * (409 confirmation_required) unless `confirm` names everything that goes down, and answers 202 with the drill.
 */
export function drillHandlers(scenario: DrillScenario = {}): HttpHandler[] {
  const preflight = scenario.preflight ?? preflightFixture();
  const drill = scenario.drill ?? drillFixture();
  const record = (path: string, body: unknown): void => void scenario.received?.push({ path, body });
  return [
    http.post(API_ROUTES.drillPreflight, async ({ request }) => {
      const body = DrillPreflightBodySchema.safeParse(await request.json());
      if (!body.success) return invalid(body.error.message);
      record(API_ROUTES.drillPreflight, body.data);
      return HttpResponse.json({ ...preflight, fault: body.data.fault });
    }),
    http.post(API_ROUTES.drills, async ({ request }) => {
      const body = CreateDrillBodySchema.safeParse(await request.json());
      if (!body.success) return invalid(body.error.message);
      record(API_ROUTES.drills, body.data);
      const missing = preflight.goesDown.filter((n) => !(body.data.confirm ?? []).includes(n));
      if (preflight.requiresConfirmation && missing.length > 0)
        return HttpResponse.json(
          {
            error: {
              code: 'confirmation_required',
              message: `This fault takes down ${missing.join(', ')}`,
              details: { goesDown: preflight.goesDown, missing },
            },
          } satisfies ErrorBody,
          { status: 409 },
        );
      return HttpResponse.json({ ...drill, status: 'running' }, { status: 202 });
    }),
    http.get(API_ROUTES.drills, () => HttpResponse.json({ items: [drillSummaryFixture(drill)] })),
    http.get(`${API_ROUTES.drills}/:id`, ({ params }) =>
      params.id === drill.id
        ? HttpResponse.json(drill)
        : HttpResponse.json(
            { error: { code: 'not_found', message: `No drill with id '${String(params.id)}'` } } satisfies ErrorBody,
            { status: 404 },
          ),
    ),
    http.post(`${API_ROUTES.drills}/:id/recover`, ({ params }) => {
      record(API_ROUTES.drillRecover(String(params.id)), {});
      return HttpResponse.json({ ...drill, recoverable: false }, { status: 202 });
    }),
    http.get(`${API_ROUTES.drills}/:id/replay`, () => HttpResponse.json(scenario.replay ?? replayFixture())),
    http.get(API_ROUTES.failoverTopology(null), () => HttpResponse.json(scenario.frame ?? frameFixture())),
    // The Failover page finds the Harbor VM's host with GET /api/vms/:id and moves the clock.
    http.get(`${API_ROUTES.vms}/:id`, ({ params }) => {
      const vm = walkthroughState().vms.find((v) => v.id === params.id);
      return vm
        ? HttpResponse.json(vm)
        : HttpResponse.json({ error: { code: 'not_found', message: 'No such VM' } } satisfies ErrorBody, {
            status: 404,
          });
    }),
    http.put(API_ROUTES.twinClock, async ({ request }) => {
      const body = PutClockBodySchema.parse(await request.json());
      record(API_ROUTES.twinClock, body);
      return HttpResponse.json({
        ...clockFixture,
        speed: body.speed ?? clockFixture.speed,
        paused: body.paused ?? clockFixture.paused,
      });
    }),
    http.post(API_ROUTES.twinClockAdvance, async ({ request }) => {
      record(API_ROUTES.twinClockAdvance, await request.json());
      return HttpResponse.json(clockFixture);
    }),
  ];
}
